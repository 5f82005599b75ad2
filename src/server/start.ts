/**
 * `npm start`: build the client if `dist/` is missing or stale, open the database (PGlite
 * under DATA_DIR, or PostgreSQL at DATABASE_URL), create the demo school on a first start
 * with an empty database (unless SANDYQ_DEMO=0), then serve the app, the API and the
 * school's files (under DATA_DIR/blobs) from this one Node process until Ctrl+C, closing
 * the database last. Housekeeping (old sessions, devices and abandoned uploads) runs at
 * start and every six hours. The data folder is this process's alone while it runs (a lock naming
 * it and its address), so `npm run admin` on the same folder is refused meanwhile.
 */
import pino from 'pino';
import { buildApp } from './app';
import { ensureBuild } from './build/ensureBuild';
import { FileSystemBlobStore } from './files/FileSystemBlobStore';
import { readServerConfig } from './config/serverConfig';
import { prepareDemoSchool } from './demo/prepareDemoSchool';
import { defaultDistDir, projectRoot } from './projectRoot';
import { readLogLevel, serverLogOptions, type LogLevel } from './logging/serverLogOptions';
import { closeOnSignals } from './runtime/closeOnSignals';
import { scheduleHousekeeping } from './runtime/housekeeping';
import { readListenConfig } from './runtime/readListenConfig';
import { serverUrls } from './runtime/serverUrls';
import { openDatabase } from './storage/openDatabase';
import { ServerClock } from './sync/serverClock';

// One logger for the server's own lines and for requests, so every line is the same JSON (pino).
const logger = pino(serverLogOptions(logLevelOrExit()));
const log = (line: string) => logger.info(line);

async function start(): Promise<void> {
  const { port, host } = readListenConfig(process.env);
  const config = readServerConfig(process.env);
  await ensureBuild(projectRoot, defaultDistDir, log);
  const database = await openDatabase({ ...config.database, holder: 'the Sandyq server (npm start)' });
  log(config.database.databaseUrl ? 'Database: PostgreSQL (DATABASE_URL)' : `Database: PGlite in ${config.database.dataDir}`);
  const clock = new ServerClock();
  if (config.demo) await prepareDemoSchool(database, clock, log);
  const files = { store: new FileSystemBlobStore(config.blobsDir) };
  const app = await buildApp({ distDir: defaultDistDir, logger, database, clock, files, trustProxy: config.trustProxy });
  const stopHousekeeping = scheduleHousekeeping({ db: database, now: Date.now, files: files.store, log });
  app.addHook('onClose', async () => {
    stopHousekeeping();
    await database.close();
  });
  closeOnSignals(app, log);
  await app.listen({ port, host });
  const address = app.server.address();
  const urls = serverUrls(host, typeof address === 'object' && address ? address.port : port);
  database.dataFolderLock?.describe({ address: urls.local });
  log(`Sandyq is running at ${urls.local}`);
  for (const url of urls.network) log(`On the school network: ${url} (offline use there needs HTTPS, see README)`);
  log(`API docs: ${urls.local.replace(/\/$/, '')}/api/docs`);
}

/** The level LOG_LEVEL names; a wrong one stops the start before anything is logged, saying why. */
function logLevelOrExit(): LogLevel {
  try {
    return readLogLevel(process.env);
  } catch (error) {
    console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

start().catch((error: unknown) => {
  logger.fatal({ err: error }, `Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
