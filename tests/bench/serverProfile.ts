/**
 * Where a server benchmark's time goes, recorded while it runs, so its figures come with
 * their explanation: a V8 CPU profile of the process (sampled through node:inspector,
 * nothing to install) summed by self time into the server's own files, its libraries and
 * V8's own work (garbage collection, idle), and the database seen from the server: every
 * statement timed from its call to its answer, grouped by its first words.
 *
 * Client and server share the process in the benchmark: the client's share (writing
 * prepared bytes) shows under `tests/` and node's http.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import type { Database, SqlExecutor } from '@/server/storage/database';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by where the code lives (a source folder, a library, or V8's own work). */
  byArea: Array<{ area: string; ms: number; share: number }>;
  /** The functions with most self time. */
  topFunctions: Array<{ fn: string; ms: number; share: number }>;
}

/** Where a frame's code lives: `src/server/sync`, `node_modules/zod`, `(garbage collector)`. */
function areaOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'native'})`.replace(/^\(\((.*)\)\)$/, '($1)');
  const path = url.replace(/^file:\/\//, '');
  const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (lib) return `node_modules/${lib[1]}`;
  const own = /\/((?:src|tests)\/[^/]+(?:\/[^/]+)?)\//.exec(path);
  if (own) return own[1]!;
  if (path.startsWith('node:')) return path.split('/')[0]!;
  return path;
}

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byArea = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)!.callFrame;
    total += us;
    const area = areaOf(frame.url, frame.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    const file = frame.url.split('/').pop() ?? '';
    const fn = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => ({ k, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 }));
  return {
    totalMs: Math.round(total / 1000),
    byArea: rank(byArea).map(({ k, ...r }) => ({ area: k, ...r })),
    topFunctions: rank(byFn).map(({ k, ...r }) => ({ fn: k, ...r })),
  };
}

/**
 * Samples the process's CPU from `start()` until `stop()`; BENCH_PROFILE_FILE keeps the whole
 * profile (.cpuprofile). BENCH_HEAP_FILE also samples what is allocated meanwhile, collected
 * or not (.heapprofile, for DevTools' Memory panel): where the garbage collector's share
 * comes from.
 */
export async function startCpuProfile(
  file = process.env.BENCH_PROFILE_FILE,
  heapFile = process.env.BENCH_HEAP_FILE,
): Promise<{ stop(): Promise<ProfileSummary> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  if (heapFile) {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  return {
    async stop() {
      if (heapFile) {
        const { profile: heap } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: unknown };
        writeFileSync(heapFile, JSON.stringify(heap));
      }
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
      session.disconnect();
      if (file) writeFileSync(file, JSON.stringify(profile));
      return summarizeProfile(profile);
    },
  };
}

const TRANSACTION_EDGES = 'BEGIN+COMMIT (and pool wait)';

export interface StatementFigures {
  statement: string;
  calls: number;
  totalMs: number;
  meanMs: number;
}

/**
 * The database with every statement timed (call to answer, so it includes waiting for a
 * connection and PGlite's one-at-a-time queue). `figures()` sums them by statement kind.
 */
export function timedDatabase(db: Database): { database: Database; figures(): StatementFigures[]; reset(): void } {
  const stats = new Map<string, { calls: number; ms: number }>();
  const kindOf = (sql: string) => {
    const words = sql.replace(/\s+/g, ' ').trim();
    const table = /\b(?:FROM|INTO|UPDATE)\s+([a-z_]+)/i.exec(words)?.[1] ?? '';
    return `${words.split(' ').slice(0, 1).join(' ').toUpperCase()} ${table}`.trim();
  };
  const timed = (exec: SqlExecutor): SqlExecutor => ({
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const t = performance.now();
      try {
        return await exec.query<Row>(sql, params);
      } finally {
        const key = kindOf(sql);
        const s = stats.get(key) ?? { calls: 0, ms: 0 };
        s.calls++;
        s.ms += performance.now() - t;
        stats.set(key, s);
      }
    },
    exec: (sql) => exec.exec(sql),
  });
  const database: Database = {
    ...db,
    ...timed(db),
    kind: db.kind,
    async transaction(fn) {
      // Outside `fn`: waiting for a connection, BEGIN, and COMMIT (the WAL flush).
      const t = performance.now();
      let inside = 0;
      try {
        return await db.transaction(async (tx) => {
          const start = performance.now();
          try {
            return await fn(timed(tx));
          } finally {
            inside = performance.now() - start;
          }
        });
      } finally {
        const s = stats.get(TRANSACTION_EDGES) ?? { calls: 0, ms: 0 };
        s.calls++;
        s.ms += performance.now() - t - inside;
        stats.set(TRANSACTION_EDGES, s);
      }
    },
    close: () => db.close(),
  };
  return {
    database,
    reset: () => stats.clear(),
    figures: () =>
      [...stats.entries()]
        .map(([statement, s]) => ({ statement, calls: s.calls, totalMs: Math.round(s.ms), meanMs: Math.round((s.ms / s.calls) * 100) / 100 }))
        .sort((a, b) => b.totalMs - a.totalMs),
  };
}

/**
 * CPU seconds (user + system) the machine's PostgreSQL processes have used so far, read
 * from /proc: the database's share of the 2 cores, beside this process's own
 * (`process.cpuUsage`). Undefined where /proc is not there to read.
 */
export function postgresCpuSeconds(): number | undefined {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
        const fields = stat.slice(close + 2).split(' ');
        // utime and stime are fields 14 and 15 of the line; the slice starts at field 3.
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // The process ended while we read: its time is gone with it.
      }
    }
  } catch {
    return undefined;
  }
  return ticks / 100;
}
