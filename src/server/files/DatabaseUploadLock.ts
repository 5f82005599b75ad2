/**
 * One upload of a school's file at a time, across every server process on the database
 * (`upload_writers`, migration 0004): the rule `BlobStore` keeps within a process ("a newer
 * put of a key cuts the older one off") kept between processes too, so two processes never
 * write one `.part` file at once.
 *
 * Each upload is a row. The newest row owns the file: an older upload checks at least every
 * `heartbeatMs`, before writing its next chunk, whether a newer row exists, and stops (its
 * request is cut off, as a taken-over upload is within a process). A new upload waits until
 * every older row is gone, or has a heartbeat older than `staleMs` (its process died), before
 * it writes. Within one process a newer upload cuts the older off at once, as before.
 */
import { Transform, type Readable } from 'node:stream';
import type { Database } from '../storage/database';
import type { BlobKey } from './BlobStore';

export interface UploadLockOptions {
  heartbeatMs?: number;
  staleMs?: number;
  pollMs?: number;
  now?: () => number;
}

export interface UploadLease {
  /** False when a newer upload took over before this one could start: write nothing. */
  readonly owned: boolean;
  /** The upload's bytes, stopping with an error as soon as a newer upload takes over. */
  guard(source: Readable): Readable;
  release(): Promise<void>;
}

export class TakenOverError extends Error {
  override readonly name = 'TakenOverError';
  constructor() {
    super('A newer upload of this file took over');
  }
}

export class DatabaseUploadLock {
  private readonly heartbeatMs: number;
  private readonly staleMs: number;
  private readonly pollMs: number;
  private readonly now: () => number;
  /** This process's guards by key, so a newer upload here cuts the older off at once. */
  private readonly local = new Map<string, { id: number; stop(): void }>();

  constructor(
    private readonly db: Database,
    options: UploadLockOptions = {},
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 1000;
    this.staleMs = options.staleMs ?? 10_000;
    this.pollMs = options.pollMs ?? 100;
    this.now = options.now ?? Date.now;
  }

  async acquire(key: BlobKey): Promise<UploadLease> {
    const [row] = await this.db.query<{ id: number }>(
      'INSERT INTO upload_writers (school_id, sha256, heartbeat_at) VALUES ($1, $2, $3) RETURNING id',
      [key.schoolId, key.sha256, this.now()],
    );
    const id = Number(row!.id);
    const name = `${key.schoolId}/${key.sha256}`;
    this.local.get(name)?.stop();
    const owned = await this.waitForOlder(key, id);
    const release = async () => {
      if (this.local.get(name)?.id === id) this.local.delete(name);
      await this.db.query('DELETE FROM upload_writers WHERE school_id = $1 AND sha256 = $2 AND id = $3', [key.schoolId, key.sha256, id]);
    };
    return {
      owned,
      release,
      guard: (source) => {
        let lastBeat = this.now();
        const guarded = new Transform({
          transform: (chunk: Buffer, _encoding, done) => {
            if (this.now() - lastBeat < this.heartbeatMs) return done(null, chunk);
            this.beat(key, id).then(
              (newest) => {
                lastBeat = this.now();
                done(newest ? null : new TakenOverError(), newest ? chunk : undefined);
              },
              (error: unknown) => done(error as Error),
            );
          },
        });
        this.local.set(name, { id, stop: () => guarded.destroy(new TakenOverError()) });
        // A taken-over upload's request is cut off, as within one process.
        guarded.once('error', (error) => source.destroy(error));
        source.once('error', (error) => guarded.destroy(error));
        // A client that went away: what reached the disk stays, as without the guard.
        source.once('close', () => {
          if (!source.readableEnded) guarded.destroy(new Error('The upload was cut off'));
        });
        return source.pipe(guarded);
      },
    };
  }

  /** Keeps the row alive; true while it is the newest of its key. */
  private async beat(key: BlobKey, id: number): Promise<boolean> {
    const [row] = await this.db.query<{ newer: boolean }>(
      `WITH beat AS (UPDATE upload_writers SET heartbeat_at = $4 WHERE school_id = $1 AND sha256 = $2 AND id = $3 RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM upload_writers WHERE school_id = $1 AND sha256 = $2 AND id > $3) AS newer`,
      [key.schoolId, key.sha256, id, this.now()],
    );
    return row?.newer === false;
  }

  /** Waits until no older upload of the key is alive; false when a newer one came meanwhile. */
  private async waitForOlder(key: BlobKey, id: number): Promise<boolean> {
    for (;;) {
      const now = this.now();
      const [row] = await this.db.query<{ older: boolean; newer: boolean }>(
        `WITH gone AS (DELETE FROM upload_writers WHERE school_id = $1 AND sha256 = $2 AND id < $3 AND heartbeat_at < $4 RETURNING 1),
              beat AS (UPDATE upload_writers SET heartbeat_at = $5 WHERE school_id = $1 AND sha256 = $2 AND id = $3 RETURNING 1)
         SELECT EXISTS (SELECT 1 FROM upload_writers WHERE school_id = $1 AND sha256 = $2 AND id < $3 AND heartbeat_at >= $4) AS older,
                EXISTS (SELECT 1 FROM upload_writers WHERE school_id = $1 AND sha256 = $2 AND id > $3) AS newer`,
        [key.schoolId, key.sha256, id, now - this.staleMs, now],
      );
      if (row?.newer) return false;
      if (!row?.older) return true;
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }
}
