/**
 * What `npm start` does about the demo school: create it when the database is empty (a
 * first start), announce its logins whenever it is there, and leave a database that holds
 * real schools alone. SANDYQ_DEMO=0 skips this step altogether (see serverConfig).
 */
import type { Database } from '../storage/database';
import { countSchools } from '../accounts/schoolStore';
import type { ServerClock } from '../sync/serverClock';
import { formatDemoLogins } from './formatDemoLogins';
import { buildDemoSchool } from './buildDemoSchool';
import { demoSchoolExists, seedDemoSchool, type SeedDemoOptions } from './seedDemoSchool';

export type DemoOutcome = 'created' | 'present' | 'skipped';

export async function prepareDemoSchool(
  db: Database,
  clock: ServerClock,
  log: (line: string) => void,
  options: Pick<SeedDemoOptions, 'passwordParams'> = {},
): Promise<DemoOutcome> {
  if (await demoSchoolExists(db)) {
    for (const line of formatDemoLogins(buildDemoSchool())) log(line);
    return 'present';
  }
  if ((await countSchools(db)) > 0) {
    log('The database holds schools already: no demo school created.');
    return 'skipped';
  }
  log('Empty database: creating the demo school...');
  const { demo } = await seedDemoSchool(db, { clock, ...options });
  for (const line of formatDemoLogins(demo)) log(line);
  return 'created';
}
