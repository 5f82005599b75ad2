/**
 * One more server process for `region-morning` (syncRegionMorning.ts), forked with the
 * benchmark's own Node flags: the same app on the same PostgreSQL schema, as a region runs
 * several processes behind a load balancer (README, "Several server processes"). It says
 * its port once listening, and its CPU time when told to stop.
 */
import { openDatabase } from '@/server/storage/openDatabase';
import { ServerClock } from '@/server/sync/serverClock';
import { startTestServer } from '../support/server';

export interface RegionServerMessage {
  port?: number;
  cpuS?: number;
}

const databaseUrl = process.env.REGION_DATABASE_URL;
const schema = process.env.REGION_SCHEMA;
if (!databaseUrl || !schema || !process.send) throw new Error('A region server process is forked by syncRegionMorning.ts');

const database = await openDatabase({ databaseUrl, schema });
const server = await startTestServer({ database, app: { clock: new ServerClock() } });
const cpuBefore = process.cpuUsage();
process.send({ port: server.port } satisfies RegionServerMessage);
// A benchmark that failed or was stopped takes its servers with it.
process.on('disconnect', () => process.exit(0));
process.on('message', (message) => {
  if (message !== 'stop') return;
  const cpu = process.cpuUsage(cpuBefore);
  void (async () => {
    await server.close();
    await database.close();
    process.send!({ cpuS: (cpu.user + cpu.system) / 1e6 } satisfies RegionServerMessage, () => process.exit(0));
  })();
});
