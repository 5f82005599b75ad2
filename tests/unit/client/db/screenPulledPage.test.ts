/**
 * C1 and C3 over a whole page, as `applyRemoteChanges` now does them: each distinct stamp is
 * read once for the page, and only the page's greatest screened stamp is folded into the
 * clock. Rows sharing a stamp with a good row are still screened on their own, a bad stamp
 * sets aside only its row, and the clock never takes a stamp that was set aside.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import type { SandyqDb } from '@/client/db/db';
import { readSyncState } from '@/client/db/syncState';
import { formatStamp, type HlcStamp } from '@/domain/hlc';
import type { PulledRow } from '@/sync/protocol';
import { STAMP_MAX_AHEAD_MS } from '@/sync/stampRules';
import { SCHOOL_ID, makeDb, pupilData } from './testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});
function db(): SandyqDb {
  const d = makeDb();
  opened.push(d);
  return d;
}

const SERVER_TIME = Date.UTC(2026, 8, 1, 9);
const at = (offsetMs: number, counter = 0): HlcStamp => formatStamp({ millis: SERVER_TIME + offsetMs, counter, node: '00000000000000bb' });

function row(id: string, stamps: Record<string, string>): PulledRow {
  const fields = { ...pupilData(), name: id };
  const clocks = Object.fromEntries(Object.keys(fields).map((f) => [f, stamps[f] ?? stamps.default!]));
  return { table: 'pupils', id, schoolId: SCHOOL_ID, fields, clocks };
}

describe('a pulled page screened and folded as a whole (C1, C3)', () => {
  it('sets aside only the rows with a bad stamp, even when their other stamps are shared with good rows', async () => {
    const d = db();
    const shared = at(-60_000);
    const page = [
      row('good-1', { default: shared }),
      row('ahead', { default: shared, name: at(STAMP_MAX_AHEAD_MS + 60_000) }),
      row('good-2', { default: shared }),
      row('invalid', { default: shared, surname: '2026-02-30T10:00:00.000Z-0000-00000000000000bb' }),
      row('good-3', { default: shared }),
    ];
    const result = await applyRemoteChanges(d, page, { serverTime: SERVER_TIME });

    expect(result).toEqual({ changedRows: 3, setAside: 2 });
    expect((await d.rows('pupils').toArray()).map((r) => r.id).sort()).toEqual(['good-1', 'good-2', 'good-3']);
    expect((await d.$setAside.toArray()).map((r) => [r.rowId, r.problem])).toEqual([
      ['ahead', 'stampAhead'],
      ['invalid', 'invalidStamp'],
    ]);
  });

  it("folds the page's greatest screened stamp into the clock wherever it is in the page, never a set-aside one", async () => {
    const d = db();
    const greatest = at(-1_000, 7);
    const page = [
      row('a', { default: at(-50_000) }),
      row('b', { default: at(-40_000), status: greatest }),
      row('c', { default: at(-30_000) }),
      row('ahead', { default: at(STAMP_MAX_AHEAD_MS + 60_000) }),
    ];
    await applyRemoteChanges(d, page, { serverTime: SERVER_TIME });

    const clock = await readSyncState(d.$syncState, 'hlc');
    // The device's wall clock (8:30) is behind: the clock takes the stamp's time and counts on from it.
    expect(clock).toMatchObject({ millis: SERVER_TIME - 1_000, counter: 8 });
  });
});
