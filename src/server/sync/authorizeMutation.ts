/**
 * Decides whether one mutation may be applied, before anything is stored. The rules:
 * the row is in the user's school; the user's role may write the table; a pupil writes
 * only rows of their own pupilId and cannot move a row to another pupil; an append-only
 * row is written once; fields with writers of their own (a lesson observation's answer is
 * the observed teacher's, the rest the observer's: `fieldWriters.ts`) are written by them;
 * a stored item's content is never changed in place (`versionedRows.ts`).
 */
import { TABLE_KIND, TableKind } from '@/domain/tables';
import { Audience, mayWrite, TABLE_RULES } from '@/sync/tableRules';
import { hasFieldWriterRules, mayWriteFields } from '@/sync/fieldWriters';
import { changesFrozenContent } from '@/sync/versionedRows';
import { writesOnlyOwnRows } from '@/sync/readAccess';
import { RejectionReason, type Mutation } from '@/sync/protocol';
import { sameValue } from '@/sync/mergeRow';
import { SYSTEM_USER_ID } from '../accounts/systemUser';
import type { AuthContext } from '../auth/authContext';
import type { StoredRecord } from './recordStore';

export type Authorization = { ok: true; duplicate?: boolean } | { ok: false; reason: RejectionReason };

export function authorizeMutation(ctx: AuthContext, m: Mutation, current: StoredRecord | undefined): Authorization {
  if (m.schoolId !== ctx.schoolId) return { ok: false, reason: RejectionReason.wrongSchool };
  if (!mayWrite(ctx.roles, m.table)) return { ok: false, reason: RejectionReason.forbidden };

  // Anyone but school staff writes only rows of their own pupil record (readAccess.ts).
  const isPupilOnly = writesOnlyOwnRows(ctx.roles);
  if (isPupilOnly) {
    const audience = TABLE_RULES[m.table].audience;
    if (audience !== Audience.pupil || !ctx.pupilId) return { ok: false, reason: RejectionReason.forbidden };
    const owner = current ? current.data.pupilId : m.fields.pupilId;
    if (owner !== ctx.pupilId) return { ok: false, reason: RejectionReason.forbidden };
  }
  if (current && 'pupilId' in m.fields && current.data.pupilId !== undefined && m.fields.pupilId !== current.data.pupilId) {
    // Moving a pupil's record to another pupil would leak it; corrections create a new row.
    if (isPupilOnly) return { ok: false, reason: RejectionReason.forbidden };
  }

  // The server's own rows (the demo school, the administrator's imports) are no person's writes.
  const isPersonsWrite = ctx.userId !== SYSTEM_USER_ID;
  if (
    isPersonsWrite &&
    hasFieldWriterRules(m.table) &&
    !mayWriteFields(m.table, ctx, current ? current.data : m.fields, Object.keys(m.fields), m.fields)
  )
    return { ok: false, reason: RejectionReason.forbidden };
  if (changesFrozenContent(m.table, current?.data, m.fields)) return { ok: false, reason: RejectionReason.forbidden };

  const isAppendOnly = TABLE_KIND[m.table] === TableKind.appendOnly;
  if (isAppendOnly !== (m.kind === 'append')) return { ok: false, reason: RejectionReason.invalid };
  if (isAppendOnly && current) {
    // A retried append of the same row is a no-op; different content under the same id is refused.
    return sameValue(current.data, m.fields) ? { ok: true, duplicate: true } : { ok: false, reason: RejectionReason.appendOnlyConflict };
  }
  return { ok: true };
}
