/**
 * Stores the demo school: its account row, a user for every person, and its synced rows
 * (written through `applyMutations`, so devices pull them like any other change), all in
 * one transaction. Idempotent: when the school exists already nothing is written, so a
 * second start, or two servers starting at once on one database, create it once.
 *
 * One demo school per database: its logins (`head`, `teacher1`...) are server-wide.
 */
import type { Database } from '../storage/database';
import { insertSchool } from '../accounts/schoolStore';
import { insertUser, prepareUser } from '../accounts/userStore';
import { writeSystemRecords } from '../accounts/writeSystemRecords';
import type { ScryptParams } from '../auth/passwordHash';
import type { ServerClock } from '../sync/serverClock';
import { buildDemoSchool, DEFAULT_DEMO_SEED, type DemoSchool } from './buildDemoSchool';

export interface SeedDemoOptions {
  clock: ServerClock;
  seed?: string;
  /** Cheaper hashing for tests; the default is the production cost. */
  passwordParams?: ScryptParams;
}

export interface SeedDemoResult {
  /** False when the school was there already (nothing was written). */
  created: boolean;
  demo: DemoSchool;
}

export async function demoSchoolExists(db: Database, seed: string = DEFAULT_DEMO_SEED): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM schools WHERE id = $1', [buildDemoSchool(seed).school.id]);
  return rows.length > 0;
}

export async function seedDemoSchool(db: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const demo = buildDemoSchool(options.seed ?? DEFAULT_DEMO_SEED);
  if (await demoSchoolExists(db, demo.seed)) return { created: false, demo };

  // Hashing is the slow part (scrypt); do it before the transaction, all at once.
  const users = await Promise.all(
    demo.accounts.map((a) =>
      prepareUser(
        {
          schoolId: demo.school.id,
          id: a.userId,
          login: a.login,
          displayName: a.displayName,
          roles: a.roles,
          password: a.password,
          ...(a.staffId ? { staffId: a.staffId } : {}),
          ...(a.pupilId ? { pupilId: a.pupilId } : {}),
          ...(a.district ? { district: a.district } : {}),
        },
        options.passwordParams,
      ),
    ),
  );

  const created = await db.transaction(async (tx) => {
    if (!(await insertSchool(tx, demo.school))) return false;
    for (const user of users) await insertUser(tx, user);
    await writeSystemRecords(tx, demo.school.id, demo.records, options.clock);
    return true;
  });
  return { created, demo };
}
