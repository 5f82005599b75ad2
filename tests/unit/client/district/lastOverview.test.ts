/**
 * The district overview kept for offline use: stored per user in a real IndexedDB
 * (fake-indexeddb), read back whole; another user of the laptop reads nothing; a fetch that
 * fails keeps the last one; a stored value this app cannot read is dropped, not shown.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readStoredOverview, refreshOverview, type OverviewDeps } from '@/client/district/districtOverview';
import { DISTRICT_DB_NAME, readLastOverview, saveLastOverview } from '@/client/district/lastOverviewStore';
import type { ProfilesDb } from '@/client/db/profiles/profilesDb';
import { OVERVIEW, OVERVIEW_WIRE } from './overviewFixture';

/** A profiles database holding one signed-in methodologist (only `readProfile`'s lookup is used). */
const profiles = (token: string | null) =>
  ({
    profiles: { get: async (userId: string) => (userId === 'methodologist' ? { userId, ...(token === null ? {} : { token }) } : undefined) },
  }) as unknown as ProfilesDb;

const depsWith = (factory: IDBFactory, answer: () => Promise<Response>, token: string | null = 'tok'): OverviewDeps => ({
  profilesDb: () => profiles(token),
  baseUrl: () => 'http://school.test',
  now: () => 1_000,
  indexedDB: () => factory,
  fetch: async () => answer(),
});

describe('the last district overview', () => {
  it('is kept per user and read back whole', async () => {
    const factory = new IDBFactory();
    await saveLastOverview('methodologist', 42, OVERVIEW_WIRE, factory);
    expect(await readLastOverview('methodologist', factory)).toEqual({ userId: 'methodologist', receivedAt: 42, overview: OVERVIEW });
    expect(await readLastOverview('teacher', factory)).toBeUndefined();
  });

  it('is replaced by a fresh one fetched online, and kept when a later fetch fails', async () => {
    const factory = new IDBFactory();
    const fresh = await refreshOverview(
      'methodologist',
      undefined,
      depsWith(factory, async () => Response.json(OVERVIEW_WIRE)),
    );
    expect(fresh).toEqual({ ok: true, stored: { userId: 'methodologist', receivedAt: 1_000, overview: OVERVIEW } });
    const offline = await refreshOverview(
      'methodologist',
      undefined,
      depsWith(factory, () => Promise.reject(new TypeError('network'))),
    );
    expect(offline).toEqual({ ok: false, failure: 'noConnection' });
    expect(
      (
        await readStoredOverview(
          'methodologist',
          depsWith(factory, () => Promise.reject(new Error())),
        )
      )?.receivedAt,
    ).toBe(1_000);
  });

  it('refuses an answer that is not an overview, and says a signed-out or refused account', async () => {
    const factory = new IDBFactory();
    const bad = { ...OVERVIEW_WIRE, schools: [{ ...OVERVIEW_WIRE.schools[0]!, cells: [[8, 'kk', 1, '', 1, -1, 1, 1, 1, 1, 1]] }] };
    expect(
      await refreshOverview(
        'methodologist',
        undefined,
        depsWith(factory, async () => Response.json(bad)),
      ),
    ).toEqual({ ok: false, failure: 'serverError' });
    expect(await readLastOverview('methodologist', factory)).toBeUndefined();
    expect(
      await refreshOverview(
        'methodologist',
        undefined,
        depsWith(factory, async () => new Response('{}', { status: 403 })),
      ),
    ).toEqual({
      ok: false,
      failure: 'forbidden',
    });
    expect(
      await refreshOverview(
        'methodologist',
        undefined,
        depsWith(factory, async () => Response.json(OVERVIEW_WIRE), null),
      ),
    ).toEqual({
      ok: false,
      failure: 'signedOut',
    });
  });

  it('drops a stored value it cannot read', async () => {
    const factory = new IDBFactory();
    await saveLastOverview('methodologist', 1, { ...OVERVIEW_WIRE, schools: 'broken' } as never, factory);
    expect(await readLastOverview('methodologist', factory)).toBeUndefined();
    expect(DISTRICT_DB_NAME).toBe('sandyq-district');
  });
});
