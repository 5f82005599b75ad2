/**
 * `npm run admin -- <command>`: school and account administration for real use, on the
 * same database as `npm start` (see config/serverConfig.ts). Commands: runAdminCommand.ts.
 * On the embedded database it is refused while `npm start` runs on the same folder (one
 * process per data folder, storage/DataFolderLock.ts): stop the server, run it, start again.
 */
import { readServerConfig } from '../config/serverConfig';
import { openDatabase } from '../storage/openDatabase';
import { ADMIN_USAGE, runAdminCommand } from './runAdminCommand';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0) {
    console.log(ADMIN_USAGE);
    return 2;
  }
  const db = await openDatabase({ ...readServerConfig(process.env).database, holder: 'npm run admin' });
  try {
    return await runAdminCommand(argv, { db, out: (line) => console.log(line) });
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[sandyq admin] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
