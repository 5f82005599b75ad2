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
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '@/server/storage/openDatabase';
import type { Database } from '@/server/storage/database';
import { ServerClock } from '@/server/sync/serverClock';
import { startTestServer } from '../support/server';
import { prepareRegionSchools, type PreparedSchool } from '../support/workloads/regionMorning';
import type { Benchmark, BenchResult } from './benchmark';
import { benchPgliteMode, openBenchPglite } from './benchPglite';
import { round } from './syncSupport';

const SCHOOLS = Number(process.env.BENCH_REGION_SCHOOLS ?? 40);
const CONCURRENCY = Number(process.env.BENCH_REGION_CONCURRENCY ?? 8);
const TIME_LIMIT_MS = Number(process.env.BENCH_REGION_SECONDS ?? 60) * 1000;
const DATE = '2026-11-23';

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function post(agent: http.Agent, port: number, token: string, body: Buffer): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1/sync',
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

async function runMorning(port: number, schools: readonly PreparedSchool[]): Promise<RunFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const queue = [...schools];
  const dayMs: number[] = [];
  const journalMs: number[] = [];
  let requests = 0;
  let failures = 0;
  let done = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let school = queue.shift(); school; school = queue.shift()) {
        if (performance.now() - start > TIME_LIMIT_MS) return;
        const dayStart = performance.now();
        for (const [i, r] of school.requests.entries()) {
          const t = performance.now();
          const answer = await post(agent, port, r.token, r.body);
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

async function measure(kind: string, open: () => Promise<Database>, log: (line: string) => void): Promise<BenchResult> {
  const database = await open();
  const clock = new ServerClock();
  const server = await startTestServer({ database, app: { clock } });
  try {
    const prepStart = performance.now();
    const schools = await prepareRegionSchools(database, {
      schools: SCHOOLS,
      date: DATE,
      clock,
      onProgress: (n) => n % 10 === 0 && log(`  ${kind}: prepared ${n} schools`),
    });
    log(`  ${kind}: ${schools.length} schools prepared in ${Math.round((performance.now() - prepStart) / 1000)} s; ${CONCURRENCY} laptops at once`);
    const r = await runMorning(server.port, schools);
    // Every change of every finished school is stored exactly once.
    const finished = schools.slice(0, r.schools);
    const [stored] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM records WHERE school_id = ANY($1::text[]) AND writer_device = ANY($2::text[])`,
      [finished.map((s) => s.schoolId), finished.map((s) => s.deviceId)],
    );
    const expected = finished.reduce((n, s) => n + s.records, 0);
    return {
      name: 'sync-region-morning',
      workload: 'region-morning',
      link: 'lan',
      database: kind,
      schools: r.schools,
      concurrency: CONCURRENCY,
      requests: r.requests,
      failures: r.failures,
      recordsStored: Number(stored?.n ?? 0),
      recordsExpected: expected,
      wallS: round(r.wallS),
      syncsPerS: round(r.schools / r.wallS),
      requestsPerS: round(r.requests / r.wallS, 1),
      dayP50Ms: Math.round(percentile(r.dayMs, 50)),
      dayP99Ms: Math.round(percentile(r.dayMs, 99)),
      journalP50Ms: Math.round(percentile(r.journalMs, 50)),
      journalP99Ms: Math.round(percentile(r.journalMs, 99)),
      all2708SchoolsS: round(2708 / (r.schools / r.wallS), 0),
      note: 'pouchDB: no peer figure',
    };
  } finally {
    await server.close();
    await database.close();
  }
}

export const syncRegionMorning: Benchmark = {
  name: 'sync-region-morning',
  async run({ log }) {
    const rows: BenchResult[] = [];
    const pglite = benchPgliteMode();
    rows.push(await measure(pglite === 'memory' ? 'pglite' : `pglite-${pglite}`, () => openBenchPglite(pglite), log));
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
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
      rows.push(await measure('postgres', () => openDatabase({ databaseUrl: url, schema }), log));
    } finally {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
    return rows;
  },
};
