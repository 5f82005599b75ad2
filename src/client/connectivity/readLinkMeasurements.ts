/**
 * The school's link measurements on this laptop (every staff laptop's, once synced), oldest
 * first, with the contract the school has now; and the latest one, which sizes sync.
 */
import type { SandyqDb } from '../db/db';
import { isLive, liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export type LinkMeasurementRow = RowOf<'linkMeasurements'>;

export interface LinkHistory {
  readonly measurements: readonly LinkMeasurementRow[];
  /** The school's contracted speed now, Mbit/s, if its setup has one. */
  readonly contractedMbps?: number | undefined;
}

/** Measurements kept for the screen: about four months at three a school day. */
export const HISTORY_LIMIT = 250;

export async function readLinkHistory(db: SandyqDb, schoolId: string): Promise<LinkHistory> {
  const school = await liveRows(db, 'schools').get(schoolId);
  // Newest first by the index, a bounded number, then oldest first for the table and chart.
  const newest = await db
    .rows('linkMeasurements')
    .orderBy('measuredAt')
    .reverse()
    .limit(HISTORY_LIMIT * 2)
    .toArray();
  const live = newest.filter((m) => isLive(m) && m.schoolId === schoolId).slice(0, HISTORY_LIMIT);
  return { measurements: live.reverse(), contractedMbps: school?.contractedMbps };
}

/** The latest measurement made on any laptop of the school, if any. */
export async function readLatestLinkMeasurement(db: SandyqDb): Promise<LinkMeasurementRow | undefined> {
  const newest = await db.rows('linkMeasurements').orderBy('measuredAt').reverse().limit(20).toArray();
  return newest.find(isLive);
}
