/**
 * The `schools` table: the account side of a school (its id, name and district), which
 * scopes every user, session, device and record. The school's synced record (kind,
 * languages, connection...) lives in `records` like any other row.
 */
import type { SqlExecutor } from '../storage/database';
import { AccountError, AccountErrorReason } from './AccountError';

export interface SchoolAccount {
  id: string;
  name: string;
  district: string | null;
}

export const SCHOOL_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** Inserts the school; false when a school with this id exists already (nothing changed). */
export async function insertSchool(db: SqlExecutor, school: SchoolAccount): Promise<boolean> {
  if (!SCHOOL_ID_PATTERN.test(school.id))
    throw new AccountError(AccountErrorReason.invalidName, 'A school id must be 1-64 letters, digits or dashes');
  const name = school.name.trim();
  if (!name || name.length > 200) throw new AccountError(AccountErrorReason.invalidName, 'A school name must be 1-200 characters');
  const rows = await db.query('INSERT INTO schools (id, name, district) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING id', [
    school.id,
    name,
    school.district?.trim() || null,
  ]);
  return rows.length > 0;
}

export async function findSchool(db: SqlExecutor, id: string): Promise<SchoolAccount | undefined> {
  const [row] = await db.query<SchoolAccount>('SELECT id, name, district FROM schools WHERE id = $1', [id]);
  return row;
}

export async function listSchools(db: SqlExecutor, filter: { district?: string } = {}): Promise<SchoolAccount[]> {
  if (filter.district !== undefined) {
    return db.query<SchoolAccount>('SELECT id, name, district FROM schools WHERE district = $1 ORDER BY name, id', [filter.district]);
  }
  return db.query<SchoolAccount>('SELECT id, name, district FROM schools ORDER BY name, id');
}

export async function countSchools(db: SqlExecutor): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schools');
  return Number(row?.n ?? 0);
}
