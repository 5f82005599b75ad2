/**
 * The last district overview each methodologist received on this laptop (`sandyq-district`,
 * src/client/db/district/districtDb.ts), so the district's view opens offline with the
 * figures it last had and says when they came. Kept per user, so a colleague signing in on
 * the same laptop never sees another's district.
 */
import { DISTRICT_DB_NAME, withDistrictDb } from '../db/district/districtDb';
import { districtOverviewSchema, type DistrictOverviewAnswer, type OverviewWire } from './overviewSchema';

export { DISTRICT_DB_NAME };

export interface StoredOverview {
  readonly userId: string;
  /** When this laptop received it (ms). */
  readonly receivedAt: number;
  readonly overview: DistrictOverviewAnswer;
}

export async function saveLastOverview(
  userId: string,
  receivedAt: number,
  wire: OverviewWire,
  factory: IDBFactory = globalThis.indexedDB,
): Promise<void> {
  await withDistrictDb(factory, (db) => db.lastOverview.put({ userId, receivedAt, wire }));
}

/** The user's last overview, or undefined; one stored by an older app that no longer reads is dropped. */
export async function readLastOverview(userId: string, factory: IDBFactory = globalThis.indexedDB): Promise<StoredOverview | undefined> {
  const stored = await withDistrictDb(factory, (db) => db.lastOverview.get(userId));
  if (stored === undefined) return undefined;
  const parsed = districtOverviewSchema.safeParse(stored.wire);
  if (!parsed.success || typeof stored.receivedAt !== 'number') return undefined;
  return { userId, receivedAt: stored.receivedAt, overview: parsed.data };
}
