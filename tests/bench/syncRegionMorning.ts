/**
 * `region-morning` (../shared/bench/WORKLOADS.md) on the server alone: many distinct
 * schools' `school-day` syncs against one server on this machine, on PGlite and on
 * PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL; skipped with a note if neither).
 * BENCH_PGLITE=disk|disk-nofsync puts PGlite in a data folder (benchPglite.ts).
 *
 * Each school's laptop sends what it would: the head's journal (546 changes, with a pull
 * from its cursor) and then each quiz-taking pupil's push (20 pupils), one after another on
 * a keep-alive connection. Requests are prepared (compressed) beforehand; `CONCURRENCY`
 * laptops run at once over loopback, each taking the next school until all are done or the
 * time is up. Figures: school-day syncs a second, requests a second, p50/p99 latency of a
 * school's whole day and of its journal request alone. Client and server share the process
 * (and the 2 cores), the clients doing little more than writing prepared bytes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '@/server/storage/openDatabase';
import type { Database } from '@/server/storage/database';
import { ServerClock } from '@/server/sync/serverClock';
import { startTestServer } from '../support/server';
import { prepareRegionSchools, type PreparedSchool } from '../support/workloads/regionMorning';
import { measureMachineSpeed } from './machineSpeed';
import type { Benchmark, BenchResult } from './benchmark';
import { benchPgliteMode, openBenchPglite } from './benchPglite';
import { round } from './syncSupport';
import { postgresCpuSeconds, startCpuProfile, timedDatabase, type ProfileSummary } from './serverProfile';
import type { RegionServerMessage } from './regionServerProcess';

const SCHOOLS = Number(process.env.BENCH_REGION_SCHOOLS ?? 40);
const CONCURRENCY = Number(process.env.BENCH_REGION_CONCURRENCY ?? 8);
const TIME_LIMIT_MS = Number(process.env.BENCH_REGION_SECONDS ?? 60) * 1000;
const DATE = '2026-11-23';
/** BENCH_PROFILE=1: sample the CPU during the morning and print where the time went (costs a few %). */
const PROFILE = process.env.BENCH_PROFILE === '1';
/** BENCH_REGION_PROTOCOLS=v2 (or v1): measure one protocol only. v2 sends a school day as one request. */
const PROTOCOLS = (process.env.BENCH_REGION_PROTOCOLS ?? 'v1,v2').split(',').map((p) => p.trim()) as Protocol[];
type Protocol = 'v1' | 'v2';
/** BENCH_REGION_DATABASES=postgres (or pglite): measure one of the two only. */
const DATABASES = (process.env.BENCH_REGION_DATABASES ?? 'pglite,postgres').split(',').map((d) => d.trim());
/**
 * BENCH_REGION_PROCESSES=1,2 (the default): server processes on PostgreSQL, each count
 * measured (PGlite is one process's own). With 2, the laptops are spread over both, as a
 * load balancer would. On this 2-core machine one process is the bottleneck (about 95 % of a
 * core while PostgreSQL uses three quarters of the other); two use the rest.
 */
const PROCESS_COUNTS = (process.env.BENCH_REGION_PROCESSES ?? '1,2').split(',').map(Number);

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function post(agent: http.Agent, port: number, path: string, token: string, body: Buffer): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': String(body.length),
          accept: 'application/x-ndjson',
          'accept-encoding': 'gzip, deflate, br, zstd',
        },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface RunFigures {
  schools: number;
  requests: number;
  wallS: number;
  dayMs: number[];
  journalMs: number[];
  failures: number;
}

async function runMorning(ports: readonly number[], schools: readonly PreparedSchool[], protocol: Protocol): Promise<RunFigures> {
  const path = protocol === 'v1' ? '/api/v1/sync' : '/api/v2/sync';
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const queue = [...schools];
  const dayMs: number[] = [];
  const journalMs: number[] = [];
  let requests = 0;
  let failures = 0;
  let done = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, laptop) => {
      const port = ports[laptop % ports.length]!;
      for (let school = queue.shift(); school; school = queue.shift()) {
        if (performance.now() - start > TIME_LIMIT_MS) return;
        const dayStart = performance.now();
        for (const [i, r] of (protocol === 'v1' ? school.requests : [school.v2Request]).entries()) {
          const t = performance.now();
          const answer = await post(agent, port, path, r.token, r.body);
          requests++;
          if (answer.status !== 200) failures++;
          if (i === 0) journalMs.push(performance.now() - t);
        }
        dayMs.push(performance.now() - dayStart);
        done++;
      }
    }),
  );
  const wallS = (performance.now() - start) / 1000;
  agent.destroy();
  return { schools: done, requests, wallS, dayMs, journalMs, failures };
}

function logProfile(
  kind: string,
  log: (line: string) => void,
  cpu: ProfileSummary | undefined,
  statements: ReturnType<ReturnType<typeof timedDatabase>['figures']>,
  wallS: number,
): void {
  const wallMs = wallS * 1000;
  log(`  ${kind}: statements awaited (call to answer, summed over concurrent requests; wall ${Math.round(wallMs)} ms):`);
  for (const s of statements.slice(0, 12))
    log(`    ${s.statement.padEnd(28)} ${String(s.calls).padStart(6)} calls ${String(s.totalMs).padStart(7)} ms  ${s.meanMs} ms each`);
  if (!cpu) return;
  log(`  ${kind}: CPU profile of the process (client and server), self time ${cpu.totalMs} ms over ${Math.round(wallMs)} ms wall:`);
  for (const a of cpu.byArea) log(`    ${a.area.padEnd(40)} ${String(a.ms).padStart(6)} ms ${String(a.share).padStart(5)} %`);
  log(`  ${kind}: top functions by self time:`);
  for (const f of cpu.topFunctions) log(`    ${f.fn.slice(0, 70).padEnd(70)} ${String(f.ms).padStart(6)} ms ${String(f.share).padStart(5)} %`);
}

/** Further server processes on the same PostgreSQL schema, listening; `stop()` answers their CPU seconds. */
async function forkServers(count: number, target: { databaseUrl: string; schema: string }): Promise<{ ports: number[]; stop(): Promise<number> }> {
  const children: ChildProcess[] = [];
  const ports: number[] = [];
  for (let i = 0; i < count; i++) {
    const child = fork(new URL('./regionServerProcess.ts', import.meta.url), {
      env: { ...process.env, REGION_DATABASE_URL: target.databaseUrl, REGION_SCHEMA: target.schema },
    });
    children.push(child);
    const [message] = (await once(child, 'message')) as [RegionServerMessage];
    ports.push(message.port!);
  }
  return {
    ports,
    async stop() {
      let cpuS = 0;
      for (const child of children) {
        const answer = once(child, 'message') as Promise<[RegionServerMessage]>;
        child.send('stop');
        cpuS += (await answer)[0].cpuS ?? 0;
      }
      return cpuS;
    },
  };
}

async function measure(
  kind: string,
  open: () => Promise<Database>,
  log: (line: string) => void,
  /** PostgreSQL's, so further server processes can open it. */
  shared?: { databaseUrl: string; schema: string },
): Promise<BenchResult[]> {
  const timed = timedDatabase(await open());
  const database = timed.database;
  const clock = new ServerClock();
  const server = await startTestServer({ database, app: { clock } });
  const rows: BenchResult[] = [];
  try {
    for (const [protocol, processes] of PROTOCOLS.flatMap((p) => (shared ? PROCESS_COUNTS : [1]).map((n) => [p, n] as const))) {
      const label = `${kind} ${protocol}${processes > 1 ? ` ${processes} processes` : ''}`;
      const prepStart = performance.now();
      // Fresh schools for each protocol: a school day applied twice is a replay, far cheaper.
      const schools = await prepareRegionSchools(database, {
        schools: SCHOOLS,
        date: DATE,
        clock,
        onProgress: (n) => n % 10 === 0 && log(`  ${label}: prepared ${n} schools`),
      });
      log(
        `  ${label}: ${schools.length} schools prepared in ${Math.round((performance.now() - prepStart) / 1000)} s; ${CONCURRENCY} laptops at once`,
      );
      const more = processes > 1 && shared ? await forkServers(processes - 1, shared) : undefined;
      timed.reset();
      const profile = PROFILE ? await startCpuProfile() : undefined;
      const cpuBefore = process.cpuUsage();
      const pgBefore = postgresCpuSeconds();
      const r = await runMorning([server.port, ...(more?.ports ?? [])], schools, protocol);
      const cpu = process.cpuUsage(cpuBefore);
      const pgAfter = postgresCpuSeconds();
      const moreCpuS = (await more?.stop()) ?? 0;
      const processCpuS = round((cpu.user + cpu.system) / 1e6 + moreCpuS);
      const postgresCpuS = kind === 'postgres' && pgBefore !== undefined && pgAfter !== undefined ? round(pgAfter - pgBefore) : null;
      log(
        `  ${label}: CPU over ${round(r.wallS)} s wall: ${processes > 1 ? `the server processes (this one also the client; the others ${round(moreCpuS)} s)` : 'this process (server and client)'} ${processCpuS} s${postgresCpuS !== null ? `, PostgreSQL ${postgresCpuS} s` : ''} (2 cores: ${round(r.wallS * 2)} s)`,
      );
      logProfile(label, log, await profile?.stop(), timed.figures(), r.wallS);
      // Every change of every finished school is stored exactly once.
      const finished = schools.slice(0, r.schools);
      const [stored] = await database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM records WHERE school_id = ANY($1::text[]) AND writer_device = ANY($2::text[])`,
        [finished.map((s) => s.schoolId), finished.map((s) => s.deviceId)],
      );
      const expected = finished.reduce((n, s) => n + s.records, 0);
      rows.push({
        name: 'sync-region-morning',
        workload: 'region-morning',
        link: 'lan',
        database: kind,
        protocol,
        processes,
        schools: r.schools,
        concurrency: CONCURRENCY,
        requests: r.requests,
        failures: r.failures,
        recordsStored: Number(stored?.n ?? 0),
        recordsExpected: expected,
        wallS: round(r.wallS),
        syncsPerS: round(r.schools / r.wallS),
        goalSyncsPerS: 30,
        requestsPerS: round(r.requests / r.wallS, 1),
        dayP50Ms: Math.round(percentile(r.dayMs, 50)),
        dayP99Ms: Math.round(percentile(r.dayMs, 99)),
        goalDayP99Ms: 1000,
        journalP50Ms: Math.round(percentile(r.journalMs, 50)),
        journalP99Ms: Math.round(percentile(r.journalMs, 99)),
        all2708SchoolsS: round(2708 / (r.schools / r.wallS), 0),
        processCpuS,
        postgresCpuS,
        note: 'pouchDB: no peer figure',
      });
    }
    return rows;
  } finally {
    await server.close();
    await database.close();
  }
}

export const syncRegionMorning: Benchmark = {
  name: 'sync-region-morning',
  async run({ log }) {
    const rows: BenchResult[] = [];
    // Which machine: the figures below move with it more than with most changes.
    const speed = measureMachineSpeed();
    log(`  this machine: the reference work ${speed.referenceCpuMs} ms, a fresh page ${speed.pageFaultUs} µs (machineSpeed.ts)`);
    const withSpeed = (results: BenchResult[]) => results.map((r) => ({ ...r, ...speed }));
    const pglite = benchPgliteMode();
    if (DATABASES.includes('pglite'))
      rows.push(...withSpeed(await measure(pglite === 'memory' ? 'pglite' : `pglite-${pglite}`, () => openBenchPglite(pglite), log)));
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!DATABASES.includes('postgres')) return rows;
    if (!url) {
      rows.push({
        name: 'sync-region-morning',
        workload: 'region-morning',
        link: 'lan',
        database: 'postgres',
        note: 'skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL',
      });
      return rows;
    }
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    try {
      rows.push(...withSpeed(await measure('postgres', () => openDatabase({ databaseUrl: url, schema }), log, { databaseUrl: url, schema })));
    } finally {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
    return rows;
  },
};
