/**
 * P4 with pages stored while the next ones stream (`pageWriter.ts`): the pass reads ahead
 * of the device's writes, yet a cursor is never stored before its page and every earlier
 * page; an answer cut while writes are pending loses no page that arrived whole; a failed
 * write stores nothing after it. Real IndexedDB (fake-indexeddb) through `dexieSyncStore`,
 * a scripted transport in place of the server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { readSyncState } from '@/client/db/syncState';
import { SyncError, SyncFailure } from '@/client/sync/syncErrors';
import { runSyncPass } from '@/client/sync/syncPass';
import type { SyncStore } from '@/client/sync/syncStore';
import type { ExchangeLine, SyncTransport } from '@/client/sync/syncTransport';
import { formatCursor, type PulledRow } from '@/sync/protocol';
import { remoteRow } from './remoteRow';
import { makeDb, pupilData } from './testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});
function db(): SandyqDb {
  const d = makeDb();
  opened.push(d);
  return d;
}

const ROWS_PER_PAGE = 50;
const SERVER_TIME = Date.UTC(2026, 8, 1, 9);

function page(n: number): { type: 'page'; rows: PulledRow[]; cursor: string } {
  const rows = Array.from(
    { length: ROWS_PER_PAGE },
    (_, i) => remoteRow('pupils', `p${n}-${i}`, pupilData({ name: `Pupil ${n}.${i}` })) as PulledRow,
  );
  return { type: 'page', rows, cursor: formatCursor((n + 1) * ROWS_PER_PAGE) };
}

/** A transport whose answer is `pages` pages, then an end line or, with `cutAfter`, a dropped connection. */
function scripted(pages: number, events: string[], options: { cutAfter?: number } = {}): SyncTransport {
  return {
    async *exchange(request): AsyncGenerator<ExchangeLine> {
      const batches = request.batches.map(() => ({ ackUpToSeq: null, rejected: [] }));
      yield { type: 'header', batches, serverTime: SERVER_TIME, serverStamp: '2026-09-01T09:00:00.000Z-0000-00000000000000aa' };
      for (let n = 0; n < pages; n++) {
        events.push(`arrived ${n}`);
        yield page(n);
        if (n + 1 === options.cutAfter) throw new SyncError(SyncFailure.offline, 'The answer stopped');
      }
      yield { type: 'end', cursor: formatCursor(pages * ROWS_PER_PAGE), hasMore: false };
    },
  };
}

/** The device's store, noting each write (its pages, by cursor) and checking P4 before it stores. */
function watched(d: SandyqDb, events: string[], options: { failOnPage?: number } = {}): SyncStore {
  const inner = dexieSyncStore(d);
  return {
    ...inner,
    async storePage(rows, cursor, serverTime) {
      const pages = [...new Set(rows.map((r) => Number(r.id.slice(1).split('-')[0])))];
      events.push(`write ${pages.join('+')} cursor ${cursor}`);
      // Every page before this write's is already stored, with the cursor of the last of them.
      const stored = await readSyncState(d.$syncState, 'pullCursor');
      expect(stored ?? null).toBe(pages[0] === 0 ? null : formatCursor(pages[0]! * ROWS_PER_PAGE));
      expect(await d.rows('pupils').count()).toBe(pages[0]! * ROWS_PER_PAGE);
      // The write's cursor is its last page's.
      expect(cursor).toBe(formatCursor((pages.at(-1)! + 1) * ROWS_PER_PAGE));
      if (pages.includes(options.failOnPage ?? -1)) throw new Error('disk full');
      // A slow device: the answer keeps streaming while this write runs.
      await new Promise((resolve) => setTimeout(resolve, 5));
      await inner.storePage(rows, cursor, serverTime);
      events.push(`stored ${pages.join('+')}`);
    },
  };
}

const pass = (store: SyncStore, transport: SyncTransport) =>
  runSyncPass({ store, transport, session: { userId: 'user-teacher', token: 't' }, now: () => SERVER_TIME });

describe('pages stored while the next ones stream (P4)', () => {
  it('reads ahead of the writes, stores every page in order with its cursor, and the end cursor last', async () => {
    const d = db();
    const events: string[] = [];
    const result = await pass(watched(d, events), scripted(12, events));

    expect(result.pulled).toBe(12 * ROWS_PER_PAGE);
    expect(await d.rows('pupils').count()).toBe(12 * ROWS_PER_PAGE);
    expect(await readSyncState(d.$syncState, 'pullCursor')).toBe(formatCursor(12 * ROWS_PER_PAGE));
    // Pipelined: page 1 arrived before page 0 was stored.
    expect(events.indexOf('arrived 1')).toBeLessThan(events.indexOf('stored 0'));
    // Pages that arrived during a write went together into the next one.
    const writes = events.filter((e) => e.startsWith('write '));
    expect(writes.length).toBeLessThan(12);
    expect(writes.some((w) => w.includes('+'))).toBe(true);
    const storedPages = writes.flatMap((w) => w.split(' ')[1]!.split('+').map(Number));
    expect(storedPages).toEqual([...Array(12).keys()]);
  });

  it('an answer cut while writes are pending stores every page that arrived whole, then fails; the next pass resumes after it', async () => {
    const d = db();
    const events: string[] = [];
    await expect(pass(watched(d, events), scripted(12, events, { cutAfter: 7 }))).rejects.toThrow(SyncError);
    // Nothing is written after the pass has failed.
    const settled = events.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toHaveLength(settled);

    expect(await d.rows('pupils').count()).toBe(7 * ROWS_PER_PAGE);
    expect(await readSyncState(d.$syncState, 'pullCursor')).toBe(formatCursor(7 * ROWS_PER_PAGE));

    const resumed: Array<string | null> = [];
    const inner = scripted(0, []);
    await pass(watched(d, []), {
      exchange: (request, token, signal) => {
        resumed.push(request.cursor);
        return inner.exchange(request, token, signal);
      },
    });
    expect(resumed).toEqual([formatCursor(7 * ROWS_PER_PAGE)]);
  });

  it('a failed write fails the pass with its error and stores nothing after it; the cursor stays at the last write', async () => {
    const d = db();
    const events: string[] = [];
    await expect(pass(watched(d, events, { failOnPage: 5 }), scripted(12, events))).rejects.toThrow('disk full');
    const writes = events.filter((e) => e.startsWith('write '));
    const failed = writes.findIndex((w) => w.split(' ')[1]!.split('+').includes('5'));
    expect(failed).toBe(writes.length - 1);
    const firstFailedPage = Number(writes[failed]!.split(' ')[1]!.split('+')[0]);
    expect(await d.rows('pupils').count()).toBe(firstFailedPage * ROWS_PER_PAGE);
    expect(await readSyncState(d.$syncState, 'pullCursor')).toBe(firstFailedPage === 0 ? undefined : formatCursor(firstFailedPage * ROWS_PER_PAGE));
  });
});
