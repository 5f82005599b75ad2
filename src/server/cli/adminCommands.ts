/**
 * What `npm run admin` can do, as functions over a database: create schools and accounts
 * for real use, list them, disable an account, revoke sessions. The CLI entry (admin.ts)
 * only parses arguments and prints; tests call these directly.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { uuidv7 } from '@/domain/ids';
import { ENTITY_SCHEMAS } from '@/domain/entities';
import type { Role } from '@/domain/roles';
import type { TableName } from '@/domain/tables';
import type { Database, SqlExecutor } from '../storage/database';
import { AccountError, AccountErrorReason } from '../accounts/AccountError';
import { insertSchool, listSchools, type SchoolAccount } from '../accounts/schoolStore';
import { createUser, findUserByLogin, listUsers, setUserDisabled, type UserAccount } from '../accounts/userStore';
import { writeSystemRecords } from '../accounts/writeSystemRecords';
import type { ScryptParams } from '../auth/passwordHash';
import { revokeUserSessions } from '../auth/sessionStore';
import type { ServerClock } from '../sync/serverClock';

export interface NewSchoolInput {
  name: string;
  region: string;
  district: string;
  locality?: string;
  /** Default `small`. */
  kind?: string;
  /** Default 3 (own teachers with digital resources). */
  teachingModel?: number;
  /** Default `satellite`. */
  connection?: string;
  /** Default `['kk']`. */
  languages?: string[];
  /** Default: a fresh UUIDv7. */
  id?: string;
}

/**
 * Creates the school's account row and its synced school record (what devices show and the
 * head edits later), in one transaction.
 */
export async function createSchoolCommand(db: Database, input: NewSchoolInput, clock: ServerClock): Promise<SchoolAccount> {
  const id = input.id ?? uuidv7(Date.now(), randomBytes(10));
  const fields: Record<string, unknown> = {
    name: input.name.trim(),
    kind: input.kind ?? 'small',
    teachingModel: input.teachingModel ?? 3,
    connection: input.connection ?? 'satellite',
    region: input.region.trim(),
    district: input.district.trim(),
    ...(input.locality ? { locality: input.locality.trim() } : {}),
    languages: input.languages ?? ['kk'],
  };
  const parsed = ENTITY_SCHEMAS.schools.safeParse(fields);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AccountError(AccountErrorReason.invalidName, `The school is not valid: ${where}`);
  }
  const school: SchoolAccount = { id, name: input.name.trim(), district: input.district.trim() };
  await db.transaction(async (tx) => {
    if (!(await insertSchool(tx, school))) throw new AccountError(AccountErrorReason.schoolExists, `A school with id ${id} exists already`);
    await writeSystemRecords(tx, id, [{ table: 'schools', id, fields }], clock);
  });
  return school;
}

export interface NewUserInput {
  school: string;
  login: string;
  name: string;
  roles: Role[];
  /** Absent: a password is generated and returned once. */
  password?: string;
  pupilId?: string;
  staffId?: string;
  district?: string;
}

export interface CreatedUser {
  user: UserAccount;
  /** The password to hand over: the one given, or the generated one. Not stored anywhere. */
  password: string;
  isGenerated: boolean;
}

export async function createUserCommand(db: Database, input: NewUserInput, params?: ScryptParams): Promise<CreatedUser> {
  if (input.pupilId && !(await recordExists(db, input.school, 'pupils', input.pupilId))) {
    throw new AccountError(AccountErrorReason.userNotFound, `School ${input.school} has no pupil record ${input.pupilId}`);
  }
  if (input.staffId && !(await recordExists(db, input.school, 'staff', input.staffId))) {
    throw new AccountError(AccountErrorReason.userNotFound, `School ${input.school} has no staff record ${input.staffId}`);
  }
  const password = input.password ?? generatePassword();
  const user = await createUser(
    db,
    {
      schoolId: input.school,
      login: input.login,
      displayName: input.name,
      roles: input.roles,
      password,
      ...(input.pupilId ? { pupilId: input.pupilId } : {}),
      ...(input.staffId ? { staffId: input.staffId } : {}),
      ...(input.district ? { district: input.district } : {}),
    },
    params,
  );
  return { user, password, isGenerated: input.password === undefined };
}

export function listSchoolsCommand(db: Database): Promise<SchoolAccount[]> {
  return listSchools(db);
}

export function listUsersCommand(db: Database, input: { school: string }): Promise<UserAccount[]> {
  return listUsers(db, input.school);
}

export interface AccountChange {
  user: UserAccount;
  revokedSessions: number;
}

/** Disables the account and signs it out everywhere, at once. */
export async function disableUserCommand(db: Database, input: { login: string }, now: number): Promise<AccountChange> {
  const user = await requireUser(db, input.login);
  const revokedSessions = await db.transaction(async (tx) => {
    await setUserDisabled(tx, user.schoolId, user.id, true);
    return revokeUserSessions(tx, user.schoolId, user.id, now);
  });
  return { user: { ...user, disabled: true }, revokedSessions };
}

export async function enableUserCommand(db: Database, input: { login: string }): Promise<AccountChange> {
  const user = await requireUser(db, input.login);
  await setUserDisabled(db, user.schoolId, user.id, false);
  return { user: { ...user, disabled: false }, revokedSessions: 0 };
}

/** Signs the account out on every device (e.g. a laptop was lost); the account stays usable. */
export async function revokeSessionsCommand(db: Database, input: { login: string }, now: number): Promise<AccountChange> {
  const user = await requireUser(db, input.login);
  return { user, revokedSessions: await revokeUserSessions(db, user.schoolId, user.id, now) };
}

async function requireUser(db: Database, login: string): Promise<UserAccount> {
  const found = await findUserByLogin(db, login);
  if (!found) throw new AccountError(AccountErrorReason.userNotFound, `No account with login "${login}"`);
  const { passwordHash: _hash, ...user } = found;
  return user;
}

async function recordExists(db: SqlExecutor, schoolId: string, table: TableName, id: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM records WHERE school_id = $1 AND tbl = $2 AND id = $3', [schoolId, table, id]);
  return rows.length > 0;
}

/** Unambiguous letters and digits (no 0/o, 1/l/i), in three groups of four: easy to read out. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function generatePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}
