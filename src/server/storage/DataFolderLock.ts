/**
 * One process per embedded data folder. PGlite is Postgres in one process with no shared
 * memory between processes: a second process on the same folder writes past the first
 * one's back (a `disable-user` the running server never sees) and a later crash can leave
 * a database that does not start. So whoever opens the folder holds `sandyq.lock` in it,
 * a small JSON file saying who (pid, what, since when, and the server's address once it
 * listens); anyone else is refused with that in the message.
 *
 * A lock whose process is gone (a crash, a power cut) is stale and taken over. Two
 * processes finding the same stale lock must not both take it: the takeover itself is
 * done under `sandyq.lock.takeover`, created exclusively, and the lock is re-read there.
 */
import { closeSync, constants, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, fsyncSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface LockHolder {
  pid: number;
  /** What holds it: `npm start`, `npm run admin`... */
  role: string;
  startedAt: string;
  /** Where the holding server answers, once it listens. */
  address?: string;
  /** Linux's id of this boot: a lock from before a reboot is stale whatever its pid. */
  bootId?: string;
}

export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError';
  constructor(
    readonly folder: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${folder} is in use by ${holder.role} (pid ${holder.pid}${holder.address ? `, serving ${holder.address}` : ''}, since ${holder.startedAt}). ` +
        'Only one process may open it: stop that one first (Ctrl+C in its window), or use a copy of the folder.',
    );
  }
}

const LOCK_FILE = 'sandyq.lock';
/** A takeover marker older than this was left by a process that died while taking over. */
const TAKEOVER_STALE_MS = 10_000;

export class DataFolderLock {
  private released = false;

  private constructor(
    readonly folder: string,
    private holder: LockHolder,
  ) {}

  /** Takes the folder's lock, or throws DataFolderInUseError naming the live holder. */
  static acquire(folder: string, role: string): DataFolderLock {
    const dir = resolve(folder);
    mkdirSync(dir, { recursive: true });
    const holder: LockHolder = { pid: process.pid, role, startedAt: new Date().toISOString(), ...bootIdField() };
    const path = join(dir, LOCK_FILE);
    if (createExclusive(path, holder)) return new DataFolderLock(dir, holder);
    const takeover = `${path}.takeover`;
    if (!createExclusive(takeover, holder)) {
      const current = liveHolder(path);
      if (current) throw new DataFolderInUseError(dir, current);
      if (ageMs(takeover) < TAKEOVER_STALE_MS) throw new DataFolderInUseError(dir, startingUp());
      rmSync(takeover, { force: true });
      return DataFolderLock.acquire(folder, role);
    }
    try {
      const current = liveHolder(path);
      if (current) throw new DataFolderInUseError(dir, current);
      rmSync(path, { force: true });
      if (!createExclusive(path, holder)) throw new DataFolderInUseError(dir, readHolder(path) ?? holder);
      return new DataFolderLock(dir, holder);
    } finally {
      rmSync(takeover, { force: true });
    }
  }

  /** Adds what others should be told (the server's address once it listens). */
  describe(details: Pick<LockHolder, 'address'>): void {
    if (this.released) return;
    this.holder = { ...this.holder, ...details };
    writeFileSync(join(this.folder, LOCK_FILE), JSON.stringify(this.holder));
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const path = join(this.folder, LOCK_FILE);
    if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
  }
}

/** Who holds the lock now; undefined when nobody does or its holder is gone. */
function liveHolder(path: string): LockHolder | undefined {
  const holder = readHolder(path);
  if (!holder) {
    // Unreadable: torn by a crash while being written (stale), or being written right now.
    return ageMs(path) < TAKEOVER_STALE_MS ? startingUp() : undefined;
  }
  const boot = bootIdField().bootId;
  if (holder.bootId !== undefined && boot !== undefined && holder.bootId !== boot) return undefined;
  return isAlive(holder.pid) && mayBeNode(holder.pid) ? holder : undefined;
}

/** After a crash the pid may have gone to another program: on Linux, only a Node process can hold the lock. */
function mayBeNode(pid: number): boolean {
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  const program = cmdline.split('\0')[0] ?? '';
  return /node|tsx/i.test(program.split('/').pop() ?? '') || cmdline === '';
}

function startingUp(): LockHolder {
  return { pid: 0, role: 'another process starting up', startedAt: new Date().toISOString() };
}

function ageMs(path: string): number {
  const found = statSync(path, { throwIfNoEntry: false });
  return found ? Date.now() - found.mtimeMs : Infinity;
}

function bootIdField(): { bootId?: string } {
  try {
    return { bootId: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() };
  } catch {
    return {};
  }
}

function createExclusive(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock's holder; undefined when there is no lock, or only a torn one (a crash while writing it). */
function readHolder(path: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return undefined;
    return {
      pid: parsed.pid,
      role: String(parsed.role ?? 'another process'),
      startedAt: String(parsed.startedAt ?? '?'),
      ...(typeof parsed.address === 'string' ? { address: parsed.address } : {}),
      ...(typeof parsed.bootId === 'string' ? { bootId: parsed.bootId } : {}),
    };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is only someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
