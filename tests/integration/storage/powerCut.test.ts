/**
 * Power cuts on the embedded database (PGlite, the school server's default): a child
 * process commits numbered rows and reports each acknowledgement; it is killed with
 * SIGKILL at a random moment, everything it wrote but did not fsync is thrown away
 * (powerCut/unflushedWritesLayer.ts), and it restarts on what reached the "disk". Every
 * acknowledged row must be there and the database must start, cut after cut.
 *
 * POWER_CUT_SEEDS scales it (default 2 seeds of 3 cuts); a failing seed is printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./powerCut/powerCutChild.ts', import.meta.url));
const SEEDS = Number(process.env.POWER_CUT_SEEDS ?? 2);
const CUTS = 3;

interface Running {
  child: ChildProcess;
  present: Promise<number[]>;
  acked: number[];
  /** Resolves once `n` acknowledgements have arrived. */
  ackedAtLeast(n: number): Promise<void>;
  exited: Promise<void>;
}

function run(live: string, disk: string, mode: 'durable' | 'off', seed: number, firstId: number): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, live, disk, mode, String(seed), String(firstId)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: number[] = [];
  let waiting: { n: number; resolve: () => void } | undefined;
  let stderr = '';
  let resolvePresent!: (ids: number[]) => void;
  let rejectPresent!: (error: Error) => void;
  const present = new Promise<number[]>((resolve, reject) => {
    resolvePresent = resolve;
    rejectPresent = reject;
  });
  let buffered = '';
  child.stdout!.on('data', (data: Buffer) => {
    buffered += data.toString();
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      if (line.startsWith('PRESENT ')) resolvePresent(JSON.parse(line.slice(8)) as number[]);
      else if (line.startsWith('ACK ')) acked.push(Number(line.slice(4)));
      if (waiting && acked.length >= waiting.n) waiting.resolve();
    }
  });
  child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') rejectPresent(new Error(`the database did not start (exit ${code}): ${stderr.slice(-2000)}`));
      waiting?.resolve();
      resolve();
    }),
  );
  return {
    child,
    present,
    acked,
    exited,
    ackedAtLeast: (n) => new Promise<void>((resolve) => (acked.length >= n ? resolve() : (waiting = { n, resolve }))),
  };
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Runs CUTS power cuts and a last start; returns the acknowledged ids missing after any restart. */
async function powerCuts(mode: 'durable' | 'off', seed: number): Promise<number[]> {
  const random = seededRandom(seed);
  const root = mkdtempSync(join(tmpdir(), 'sandyq-powercut-'));
  const live = join(root, 'live');
  const disk = join(root, 'disk');
  mkdirSync(disk);
  const acknowledged = new Set<number>();
  const missing: number[] = [];
  try {
    let nextId = 1;
    for (let cut = 0; cut <= CUTS; cut++) {
      // After a cut the machine boots from what the disk holds: the page cache is gone.
      rmSync(live, { recursive: true, force: true });
      cpSync(disk, live, { recursive: true });
      const running = run(live, disk, mode, seed * 31 + cut, nextId);
      try {
        const present = new Set(await running.present);
        for (const id of acknowledged) if (!present.has(id)) missing.push(id);
        if (cut === CUTS) break;
        await running.ackedAtLeast(1 + Math.floor(random() * 120));
        // Somewhere inside the next commit, or between two.
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 15)));
      } finally {
        running.child.kill('SIGKILL');
        await running.exited;
      }
      for (const id of running.acked) acknowledged.add(id);
      nextId = Math.max(nextId, ...running.acked) + 1;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return missing;
}

describe('power cuts on the embedded database (PGlite)', () => {
  for (let seed = 1; seed <= SEEDS; seed++) {
    it(`seed ${seed}: every acknowledged commit survives ${CUTS} cuts of the process and the page cache, and the database starts`, async () => {
      const missing = await powerCuts('durable', seed);
      if (missing.length > 0) console.error(`power cut: seed ${seed} lost acknowledged rows ${missing.slice(0, 20).join(', ')}`);
      expect(missing).toEqual([]);
    }, 120_000);
  }

  it('the test has teeth: PGlite as shipped (fsync off) loses acknowledged commits to the same cuts', async () => {
    const missing = await powerCuts('off', 1).catch((error: Error) => [error.message]);
    expect(missing.length).toBeGreaterThan(0);
  }, 120_000);
});
