/**
 * Who may read which synced row (rule P2), written once. The server's pull query builds its
 * SQL filter from `readGrants`, its rejections carry a row only where `mayRead` allows, a
 * pupil's writes are held to their own rows by `writesOnlyOwnRows`, and a device picks the
 * local database a user's data lives in by `readerKindOf`: if these disagreed, a database
 * shared by several users could hold a row one of them may not see.
 *
 * Two words that sound alike mean different things here: a methodologist holds a staff
 * record (`STAFF_RECORD_ROLES`), yet is not school staff and never reads
 * `Audience.schoolStaff` rows (welfare notes, plans, conflicts).
 */
import { Role } from '../domain/roles';
import type { TableName } from '../domain/tables';
import { ITEM_SECRET_FIELDS } from '../domain/entities/item';
import { Audience, TABLE_RULES } from './tableRules';

/**
 * What a reader is to the read rules, whatever mix of roles their account holds.
 * - `schoolStaff`: holds head, teacher or assistant: reads every row of the school.
 * - `methodologist`: reads the school for district analytics: every row but `schoolStaff` ones.
 * - `pupil`: anyone else: `school` rows, their own `pupil`/`self` rows, their class set's rows.
 *
 * WARNING: each kind has its own device database (`dataDbName.ts`); merging two kinds
 * would put one kind's rows before the other's eyes on a shared laptop.
 */
export const ReaderKind = { schoolStaff: 'schoolStaff', methodologist: 'methodologist', pupil: 'pupil' } as const;
export type ReaderKind = (typeof ReaderKind)[keyof typeof ReaderKind];

/** The roles that make their holder school staff to the read rules. */
export const SCHOOL_STAFF_READER_ROLES: readonly Role[] = [Role.head, Role.teacher, Role.assistant];

export function readerKindOf(roles: readonly Role[]): ReaderKind {
  if (roles.some((r) => SCHOOL_STAFF_READER_ROLES.includes(r))) return ReaderKind.schoolStaff;
  if (roles.includes(Role.methodologist)) return ReaderKind.methodologist;
  return ReaderKind.pupil;
}

/** A reader as the rules see them; a pupil's class set is looked up by the caller. */
export interface Reader {
  roles: readonly Role[];
  /** The pupil record of a pupil's account. */
  pupilId?: string | undefined;
  /** The class set of that pupil record. */
  classSetId?: string | undefined;
}

/**
 * One kind of row a reader may read.
 * - `all`: every row of the audience;
 * - `ownedBy`: rows whose owner pupil (`pupilId`, or `id` for `self`) is this pupil;
 * - `classSet`: rows of this class set; a row narrowed to some pupils (a `pupilIds` list)
 *   only when the list names this pupil.
 */
export type ReadGrant =
  | { audience: Audience; match: 'all' }
  | { audience: Audience; match: 'ownedBy'; pupilId: string }
  | { audience: Audience; match: 'classSet'; classSetId: string; pupilId: string };

const EVERY_AUDIENCE = Object.values(Audience);

export function readGrants(reader: Reader): ReadGrant[] {
  switch (readerKindOf(reader.roles)) {
    case ReaderKind.schoolStaff:
      return EVERY_AUDIENCE.map((audience) => ({ audience, match: 'all' }));
    case ReaderKind.methodologist:
      return EVERY_AUDIENCE.filter((a) => a !== Audience.schoolStaff).map((audience) => ({ audience, match: 'all' }));
    case ReaderKind.pupil: {
      // An account without a pupil record owns nothing: the empty id matches no row.
      const pupilId = reader.pupilId ?? '';
      return [
        { audience: Audience.school, match: 'all' },
        { audience: Audience.pupil, match: 'ownedBy', pupilId },
        { audience: Audience.self, match: 'ownedBy', pupilId },
        { audience: Audience.classSet, match: 'classSet', classSetId: reader.classSetId ?? '', pupilId },
      ];
    }
  }
}

/** Whether the grants cover every row of the school, so a query needs no filter. */
export function grantsEverything(grants: readonly ReadGrant[]): boolean {
  return EVERY_AUDIENCE.every((a) => grants.some((g) => g.audience === a && g.match === 'all'));
}

/** What the read rules look at in a row: the columns the server stores beside it. */
export interface RowAccess {
  audience: Audience;
  /** The owner pupil, for `pupil` and `self` rows. */
  pupilId: string | null;
  classSetId: string | null;
  /** A row narrowed to some pupils lists them here (an assignment's `pupilIds`). */
  pupilIds?: unknown;
}

export function rowAccessOf(table: TableName, id: string, fields: Record<string, unknown>): RowAccess {
  const audience = TABLE_RULES[table].audience;
  return {
    audience,
    pupilId: audience === Audience.self ? id : typeof fields.pupilId === 'string' ? fields.pupilId : null,
    classSetId: typeof fields.classSetId === 'string' ? fields.classSetId : null,
    pupilIds: fields.pupilIds,
  };
}

export function mayRead(reader: Reader, row: RowAccess): boolean {
  return readGrants(reader).some((g) => grantCovers(g, row));
}

function grantCovers(grant: ReadGrant, row: RowAccess): boolean {
  if (grant.audience !== row.audience) return false;
  switch (grant.match) {
    case 'all':
      return true;
    case 'ownedBy':
      return row.pupilId === grant.pupilId;
    case 'classSet':
      return row.classSetId === grant.classSetId && (!Array.isArray(row.pupilIds) || row.pupilIds.includes(grant.pupilId));
  }
}

/**
 * The copy of a readable row a reader is sent. A pupil never sees classmates' ids in a row's
 * pupil list, nor the key or explanation of an item that is not self-check (an answer key of
 * a summative never reaches a pupil's laptop, before or after the attempt).
 */
export function fieldsSeenBy(reader: Reader, table: TableName, fields: Record<string, unknown>): Record<string, unknown> {
  if (readerKindOf(reader.roles) !== ReaderKind.pupil) return fields;
  if (table === 'items' && fields.selfCheck !== true) return withoutFields(fields, ITEM_SECRET_FIELDS);
  if (!Array.isArray(fields.pupilIds)) return fields;
  return { ...fields, pupilIds: [reader.pupilId ?? ''] };
}

/** The stamps sent with `fieldsSeenBy`'s copy: none for a field left out. */
export function clocksSeenBy(seen: Record<string, unknown>, clocks: Record<string, string>): Record<string, string> {
  const fields = Object.keys(clocks);
  const seenBy = (field: string) => field in seen || field === 'deleted';
  // Copied only when a stamp is left out, as for most rows nothing is.
  return fields.every(seenBy) ? clocks : Object.fromEntries(fields.filter(seenBy).map((field) => [field, clocks[field]!]));
}

function withoutFields(fields: Record<string, unknown>, leftOut: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([field]) => !leftOut.includes(field)));
}

/**
 * Whether a writer may only write rows they own as a pupil (S3): everyone but school staff.
 * Which tables a role writes at all is `mayWrite` (tableRules.ts).
 */
export function writesOnlyOwnRows(roles: readonly Role[]): boolean {
  return readerKindOf(roles) !== ReaderKind.schoolStaff;
}
