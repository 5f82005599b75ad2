/**
 * Stores pulled pages while the next ones stream in: the sync pass hands each page over as
 * it arrives and goes on reading the answer; one writer stores the pages in arrival order.
 * Over a satellite link the answer of a first pull takes seconds to arrive and as long to
 * store; one after the other they added up (13 s for a term), side by side the longer wins.
 *
 * Rules:
 * - P4: pages are stored one write at a time, in arrival order, each write with the cursor
 *   of its last page. A cursor is never stored before its page and every earlier page, so a
 *   cut answer resumes after the last page stored and loses nothing.
 * - Pages that arrived while the previous write ran are stored together, in one write (one
 *   transaction) of at most `maxRowsPerWrite` rows: fewer, larger transactions when the
 *   device is slower than the link, and no wait at all when it is not.
 * - Bounded memory: `add` waits while `maxRowsPerWrite` rows are already waiting.
 * - A failed write stops the writer: nothing after it is stored, `add` and `drain` throw
 *   its error, and the cursor stays at the last write that succeeded.
 */
import type { SyncPage } from '@/sync/protocol';
import type { SyncStore } from './syncStore';

export interface PageWriter {
  /** Queues a page; resolves once there is room for the next one. Throws a failed write's error. */
  add(page: SyncPage): Promise<void>;
  /** Waits until every queued page is stored. Throws a failed write's error. */
  drain(): Promise<void>;
  /** Waits until the writer is idle, whatever became of the writes (before a caller rethrows its own error). */
  settle(): Promise<void>;
}

export interface PageWriterOptions {
  store: SyncStore;
  /** The answer's server time (header), for the stamp checks (C3). */
  serverTime: number;
  /** Called after each write with the rows it stored. */
  onStored(rows: number): void;
  maxRowsPerWrite?: number;
}

/** Four pages of the server's 2,000 rows: a transaction's worth that stays small in memory. */
export const MAX_ROWS_PER_WRITE = 8_000;

export function pageWriter(options: PageWriterOptions): PageWriter {
  const maxRows = options.maxRowsPerWrite ?? MAX_ROWS_PER_WRITE;
  const waiting: SyncPage[] = [];
  let waitingRows = 0;
  let failure: { error: unknown } | undefined;
  let running: Promise<void> | undefined;
  /** Resolved whenever a write ends: `add` waits on it for room. */
  let written: { promise: Promise<void>; resolve: () => void } = deferred();

  async function run(): Promise<void> {
    while (waiting.length > 0 && !failure) {
      const pages = takeWrite();
      const rows = pages.length === 1 ? pages[0]!.rows : pages.flatMap((p) => p.rows);
      try {
        await options.store.storePage(rows, pages[pages.length - 1]!.cursor, options.serverTime);
        options.onStored(rows.length);
      } catch (error) {
        failure = { error };
        waiting.length = 0;
        waitingRows = 0;
      }
      const done = written;
      written = deferred();
      done.resolve();
    }
    running = undefined;
  }

  /** The oldest waiting pages, up to `maxRows` rows (always at least one page). */
  function takeWrite(): SyncPage[] {
    const pages = [waiting.shift()!];
    let rows = pages[0]!.rows.length;
    while (waiting.length > 0 && rows + waiting[0]!.rows.length <= maxRows) {
      const next = waiting.shift()!;
      rows += next.rows.length;
      pages.push(next);
    }
    waitingRows -= rows;
    return pages;
  }

  const throwIfFailed = () => {
    if (failure) throw failure.error;
  };

  return {
    async add(page) {
      throwIfFailed();
      waiting.push(page);
      waitingRows += page.rows.length;
      running ??= run();
      while (waitingRows >= maxRows && !failure) await written.promise;
      throwIfFailed();
    },
    async drain() {
      await running;
      throwIfFailed();
    },
    async settle() {
      await running;
    },
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
