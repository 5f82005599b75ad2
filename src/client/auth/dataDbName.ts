/**
 * Which device database a signed-in user's data lives in. Chosen by the kind of reader the
 * user is (`readerKindOf`, the rules the server's pull follows, P2), so that a database only
 * ever holds rows every user who opens it may see:
 * - staff of a school (head, teachers, assistants) pull the same rows: they share
 *   `sandyq-s-<schoolId>`, so a second teacher on the laptop does not pull the school again;
 * - a pupil pulls only their own rows: `sandyq-p-<userId>`, opened by nobody else's sign-in;
 * - a methodologist pulls no staff-only rows: `sandyq-m-<userId>`, for the same reason.
 *
 * WARNING: renaming a prefix strands every laptop's unsent changes in the old database.
 */
import { Role } from '@/domain/roles';
import { readerKindOf, ReaderKind } from '@/sync/readAccess';

export const DATA_DB_PREFIX = { staff: 'sandyq-s-', pupil: 'sandyq-p-', methodologist: 'sandyq-m-' } as const;

export interface DataScopeUser {
  userId: string;
  schoolId: string;
  roles: readonly Role[];
}

export function dataDbNameFor(user: DataScopeUser): string {
  switch (readerKindOf(user.roles)) {
    case ReaderKind.schoolStaff:
      return `${DATA_DB_PREFIX.staff}${user.schoolId}`;
    case ReaderKind.methodologist:
      return `${DATA_DB_PREFIX.methodologist}${user.userId}`;
    case ReaderKind.pupil:
      return `${DATA_DB_PREFIX.pupil}${user.userId}`;
  }
}

export { primaryRole } from './primaryRole';
