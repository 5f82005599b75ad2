/**
 * The server of the `school-term` benchmark in a process of its own, as it would be on its
 * own machine: the device's CPU (fake-indexeddb, parsing) and the server's no longer take
 * turns on one event loop. Opens PGlite in memory, seeds the demo school, writes the term
 * (`school-term`, seed 1), listens, then prints one JSON line on stdout:
 * `{ port, login, password, rows, plainBytes, brotliBytes, writeS }`. Stops on SIGTERM.
 *
 *   node --import tsx tests/bench/syncTermServer.ts
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@/server/storage/openDatabase';
import { ServerClock } from '@/server/sync/serverClock';
import { startTestServer } from '../support/server';
import { schoolFacts } from '../support/workloads/schoolFacts';
import { planSchoolTerm, writeOnServer } from '../support/workloads/schoolTerm';
import { payloadSizes } from './syncSupport';

const database = await openDatabase({ dataDir: 'memory' });
const clock = new ServerClock();
const server = await startTestServer({ database, demo: true, app: { clock } });
const demo = server.demo!;
const facts = schoolFacts(demo);
const records = planSchoolTerm(facts, { seed: 1 });
const started = performance.now();
await writeOnServer(database, facts, records, clock);
const writeS = (performance.now() - started) / 1000;
const [total] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM records WHERE school_id = $1', [facts.schoolId]);
const teacher = demo.accounts.find((a) => a.login === 'teacher1')!;
const sizes = payloadSizes(records);
process.stdout.write(
  `${JSON.stringify({ port: server.port, login: teacher.login, password: teacher.password, rows: Number(total?.n), plainBytes: sizes.plainBytes, brotliBytes: sizes.brotliBytes, writeS })}\n`,
);

const stop = async () => {
  await server.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
