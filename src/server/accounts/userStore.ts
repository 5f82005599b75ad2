/**
 * The `users` table: sign-in accounts. An account belongs to one school; its login is
 * unique across the server because sign-in names a login, not a school. Staff accounts
 * may link a staff record (`staffId`), a pupil's account must link its pupil record
 * (`pupilId`): the sync rules let a pupil read and write only rows of that pupil.
 * A methodologist's account carries a district: it may read the schools of that district.
 */
import { randomBytes } from 'node:crypto';
import { Role, ROLES } from '@/domain/roles';
import { uuidv7 } from '@/domain/ids';
import type { SqlExecutor } from '../storage/database';
import { hashPassword, MAX_PASSWORD_LENGTH, type ScryptParams } from '../auth/passwordHash';
import { AccountError, AccountErrorReason } from './AccountError';
import { findSchool } from './schoolStore';

export interface UserAccount {
  schoolId: string;
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  pupilId?: string;
  staffId?: string;
  district?: string;
  disabled: boolean;
  /** The password is a one-time password the head handed out: it must be changed first. */
  mustChangePassword: boolean;
}

export interface NewUser {
  schoolId: string;
  login: string;
  displayName: string;
  roles: readonly Role[];
  password: string;
  /** Default: a fresh UUIDv7. */
  id?: string;
  pupilId?: string;
  staffId?: string;
  /** A methodologist's district; default: the school's district. */
  district?: string;
  /** A one-time password handed out by the head: its owner must change it first. */
  mustChangePassword?: boolean;
}

export const MIN_PASSWORD_LENGTH = 6;
const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

interface UserRow {
  school_id: string;
  id: string;
  login: string;
  display_name: string;
  roles: string[];
  pupil_id: string | null;
  staff_id: string | null;
  district: string | null;
  disabled: boolean;
  must_change_password: boolean;
  password_hash: string;
}

const COLUMNS = 'school_id, id, login, display_name, roles, pupil_id, staff_id, district, disabled, must_change_password, password_hash';

function toAccount(row: UserRow): UserAccount {
  return {
    schoolId: row.school_id,
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    roles: row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    ...(row.pupil_id ? { pupilId: row.pupil_id } : {}),
    ...(row.staff_id ? { staffId: row.staff_id } : {}),
    ...(row.district ? { district: row.district } : {}),
    disabled: row.disabled,
    mustChangePassword: row.must_change_password,
  };
}

/** Logins are compared without case: `Teacher1` signs in as `teacher1`. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** The checks every new account passes; throws an AccountError naming the first failure. */
export function checkNewUser(user: NewUser): void {
  if (!LOGIN_PATTERN.test(normalizeLogin(user.login))) {
    throw new AccountError(
      AccountErrorReason.invalidLogin,
      'A login is 2-63 latin letters, digits, dots, dashes or underscores, starting with a letter or digit',
    );
  }
  const name = user.displayName.trim();
  if (!name || name.length > 200) throw new AccountError(AccountErrorReason.invalidName, 'A display name must be 1-200 characters');
  const roles = user.roles;
  if (roles.length === 0 || new Set(roles).size !== roles.length || !roles.every((r) => ROLES.includes(r))) {
    throw new AccountError(AccountErrorReason.invalidRoles, `Roles must be distinct and among: ${ROLES.join(', ')}`);
  }
  if (roles.includes(Role.pupil) && (roles.length > 1 || !user.pupilId)) {
    throw new AccountError(AccountErrorReason.invalidRoles, 'A pupil account has the pupil role alone and names its pupil record (pupilId)');
  }
  if (!roles.includes(Role.pupil) && user.pupilId) {
    throw new AccountError(AccountErrorReason.invalidRoles, 'Only a pupil account names a pupil record');
  }
  if (user.password.length < MIN_PASSWORD_LENGTH || user.password.length > MAX_PASSWORD_LENGTH) {
    throw new AccountError(AccountErrorReason.weakPassword, `A password must be ${MIN_PASSWORD_LENGTH}-${MAX_PASSWORD_LENGTH} characters`);
  }
}

export interface HashedNewUser extends Omit<NewUser, 'password'> {
  passwordHash: string;
}

/** Validates and hashes; the slow part of creating an account, kept out of transactions. */
export async function prepareUser(user: NewUser, params?: ScryptParams): Promise<HashedNewUser> {
  checkNewUser(user);
  const { password, ...rest } = user;
  return { ...rest, login: normalizeLogin(user.login), displayName: user.displayName.trim(), passwordHash: await hashPassword(password, params) };
}

export async function insertUser(db: SqlExecutor, user: HashedNewUser): Promise<UserAccount> {
  const school = await findSchool(db, user.schoolId);
  if (!school) throw new AccountError(AccountErrorReason.schoolNotFound, `No school with id ${user.schoolId}`);
  if (await findUserByLogin(db, user.login)) throw new AccountError(AccountErrorReason.loginTaken, `The login "${user.login}" is taken`);
  const district = user.roles.includes(Role.methodologist) ? (user.district ?? school.district ?? null) : (user.district ?? null);
  if (user.roles.includes(Role.methodologist) && !district) {
    throw new AccountError(AccountErrorReason.invalidRoles, 'A methodologist needs a district (or a school that has one)');
  }
  const id = user.id ?? uuidv7(Date.now(), randomBytes(10));
  const [row] = await db.query<UserRow>(
    `INSERT INTO users (school_id, id, login, display_name, roles, pupil_id, staff_id, district, password_hash, must_change_password)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
    [
      user.schoolId,
      id,
      normalizeLogin(user.login),
      user.displayName,
      [...user.roles],
      user.pupilId ?? null,
      user.staffId ?? null,
      district,
      user.passwordHash,
      user.mustChangePassword ?? false,
    ],
  );
  return toAccount(row!);
}

/** Validates, hashes and stores a new account. */
export async function createUser(db: SqlExecutor, user: NewUser, params?: ScryptParams): Promise<UserAccount> {
  return insertUser(db, await prepareUser(user, params));
}

export async function findUserByLogin(db: SqlExecutor, login: string): Promise<(UserAccount & { passwordHash: string }) | undefined> {
  const [row] = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE lower(login) = $1`, [normalizeLogin(login)]);
  return row && { ...toAccount(row), passwordHash: row.password_hash };
}

export async function findUser(db: SqlExecutor, schoolId: string, id: string): Promise<UserAccount | undefined> {
  const [row] = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE school_id = $1 AND id = $2`, [schoolId, id]);
  return row && toAccount(row);
}

export async function listUsers(db: SqlExecutor, schoolId: string): Promise<UserAccount[]> {
  const rows = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE school_id = $1 ORDER BY login`, [schoolId]);
  return rows.map(toAccount);
}

export async function setUserDisabled(db: SqlExecutor, schoolId: string, id: string, disabled: boolean): Promise<void> {
  await db.query('UPDATE users SET disabled = $3 WHERE school_id = $1 AND id = $2', [schoolId, id, disabled]);
}

/** The account linked to a staff or pupil record, if it has one. */
export async function findUserByPerson(
  db: SqlExecutor,
  schoolId: string,
  person: { staffId?: string; pupilId?: string },
): Promise<UserAccount | undefined> {
  const column = person.pupilId !== undefined ? 'pupil_id' : 'staff_id';
  const [row] = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE school_id = $1 AND ${column} = $2`, [
    schoolId,
    person.pupilId ?? person.staffId,
  ]);
  return row && toAccount(row);
}

export async function setUserRoles(db: SqlExecutor, schoolId: string, id: string, roles: readonly Role[]): Promise<void> {
  await db.query('UPDATE users SET roles = $3::text[] WHERE school_id = $1 AND id = $2', [schoolId, id, [...roles]]);
}

/** Stores a new password hash; `mustChange` marks a one-time password handed out by the head. */
export async function setUserPasswordHash(db: SqlExecutor, schoolId: string, id: string, passwordHash: string, mustChange: boolean): Promise<void> {
  await db.query('UPDATE users SET password_hash = $3, must_change_password = $4 WHERE school_id = $1 AND id = $2', [
    schoolId,
    id,
    passwordHash,
    mustChange,
  ]);
}

export async function findPasswordHash(db: SqlExecutor, schoolId: string, id: string): Promise<string | undefined> {
  const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE school_id = $1 AND id = $2', [schoolId, id]);
  return row?.password_hash;
}

/** Enabled accounts of the school holding the head role: a school never loses its last one. */
export async function countEnabledHeads(db: SqlExecutor, schoolId: string): Promise<number> {
  const [row] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM users WHERE school_id = $1 AND NOT disabled AND 'head' = ANY(roles)`,
    [schoolId],
  );
  return Number(row?.n ?? 0);
}
