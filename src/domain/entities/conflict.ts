/**
 * A conflict record: a value that lost a per-field merge to a concurrent edit from another
 * device. Nothing a user typed is dropped silently: staff see the losing value and may
 * restore it (which writes it again with a new clock) or dismiss it.
 */
import { z } from 'zod';
import { isStamp } from '../hlc';
import { TABLE_NAMES, type TableName } from '../tables';
import { ValidationCode as V } from '../validation';
import { idRef, instantSchema, oneOf } from './fields';

export const CONFLICT_SCHEMA_VERSION = 1;

export const ConflictStatus = { open: 'open', restored: 'restored', dismissed: 'dismissed' } as const;
export type ConflictStatus = (typeof ConflictStatus)[keyof typeof ConflictStatus];

const stampSchema = z.string().refine((s) => isStamp(s), V.invalidFormat);

export const conflictSchema = z
  .object({
    table: z.enum(TABLE_NAMES as [TableName, ...TableName[]], { error: V.invalidChoice }),
    rowId: z.string().min(1, V.required).max(64, V.tooLong),
    field: z.string().min(1, V.required).max(64, V.tooLong),
    /** The value that lost, as it was written (any JSON value). */
    losingValue: z.unknown(),
    losingStamp: stampSchema,
    winningStamp: stampSchema,
    /** The device that wrote the losing value, when known. */
    losingDeviceId: idRef<'Device'>().optional(),
    status: oneOf(ConflictStatus),
    resolvedById: idRef<'Staff'>().optional(),
    resolvedAt: instantSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.losingStamp >= c.winningStamp) ctx.addIssue({ code: 'custom', path: ['losingStamp'], message: V.dateOrder });
    if (c.status === ConflictStatus.open && c.resolvedAt !== undefined) ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: V.notAllowed });
  });
export type Conflict = z.infer<typeof conflictSchema>;
