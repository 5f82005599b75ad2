/**
 * One process per embedded data folder: `npm run admin` (a real child process) is refused
 * while the server holds the folder, with a message naming the server's pid and address,
 * and changes nothing; it runs once the server has stopped. A lock left by a process that
 * is gone (a crash, a power cut, a reboot) is taken over.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError } from '@/server/storage/DataFolderLock';
import { openDatabase } from '@/server/storage/openDatabase';
import { startTestServer } from '../../support/server';

const ADMIN = fileURLToPath(new URL('../../../src/server/cli/admin.ts', import.meta.url));

function admin(dataDir: string, ...argv: string[]): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', ADMIN, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  return new Promise((resolve) => child.on('exit', () => resolve(child.pid!)));
}

const CREATE_SCHOOL = ['create-school', '--name', 'Жарқамыс мектебі', '--region', 'Ақтөбе облысы', '--district', 'Байғанин ауданы'];

describe('the embedded data folder has one owner', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sandyq-lock-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('npm run admin is refused while the server runs on the folder, naming its pid and address, and changes nothing; it runs once the server stopped', async () => {
    const database = await openDatabase({ dataDir, holder: 'the Sandyq server (npm start)' });
    const server = await startTestServer({ database });
    database.dataFolderLock!.describe({ address: server.url });
    try {
      const refused = await admin(dataDir, ...CREATE_SCHOOL);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`pid ${process.pid}`);
      expect(refused.output).toContain(server.url);
      expect(refused.output).toContain('the Sandyq server (npm start)');
      expect(await database.query('SELECT id FROM schools')).toEqual([]);
    } finally {
      await server.close();
      await database.close();
    }
    const served = await admin(dataDir, ...CREATE_SCHOOL);
    expect(served.output).toContain('with id');
    expect(served.code).toBe(0);
    const reopened = await openDatabase({ dataDir });
    try {
      expect(await reopened.query('SELECT name FROM schools')).toEqual([{ name: 'Жарқамыс мектебі' }]);
    } finally {
      await reopened.close();
    }
  }, 120_000);

  it('a second open in the same process is refused too', async () => {
    const database = await openDatabase({ dataDir, holder: 'the Sandyq server (npm start)' });
    try {
      await expect(openDatabase({ dataDir, holder: 'npm run admin' })).rejects.toBeInstanceOf(DataFolderInUseError);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('a lock whose process is gone, whose pid went to another program, or from before a reboot, is taken over', async () => {
    const lockFile = join(dataDir, 'sandyq.lock');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const other = spawn('sleep', ['30']);
    const stale = [
      { pid: other.pid!, role: 'the Sandyq server (npm start)', startedAt: '2026-11-20T08:00:00Z', bootId },
      { pid: await deadPid(), role: 'the Sandyq server (npm start)', startedAt: '2026-11-20T08:00:00Z', bootId },
      // pid 1 is alive, but the lock was written before the machine restarted.
      { pid: 1, role: 'the Sandyq server (npm start)', startedAt: '2026-11-20T08:00:00Z', bootId: 'an-earlier-boot' },
    ];
    for (const holder of stale) {
      writeFileSync(lockFile, JSON.stringify(holder));
      const database = await openDatabase({ dataDir, holder: 'npm run admin' });
      try {
        expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, role: 'npm run admin' });
      } finally {
        await database.close();
      }
    }
    other.kill();
  }, 60_000);
});
