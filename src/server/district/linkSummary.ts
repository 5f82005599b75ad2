/**
 * A school's link as the district sees it: its latest measurement (download, upload, round
 * trip) beside the speed contracted then. Whether it is under half its contract is left to
 * the reader of the overview, who counts the schools (seed 000: 98 of 125 were).
 */
import type { SchoolTables } from './schoolTables';

export interface LinkFigures {
  /** Unix ms. */
  readonly measuredAt: number;
  readonly downMbps: number;
  readonly upMbps: number;
  readonly rttMs: number;
  readonly contractedMbps: number | null;
  readonly connection: string;
}

export function latestLink(tables: SchoolTables): LinkFigures | null {
  let latest: SchoolTables['linkMeasurements'][number] | undefined;
  for (const m of tables.linkMeasurements) if (!latest || m.measuredAt > latest.measuredAt) latest = m;
  if (!latest) return null;
  const { measuredAt, downMbps, upMbps, rttMs, contractedMbps, connection } = latest;
  return { measuredAt, downMbps, upMbps, rttMs, contractedMbps: contractedMbps ?? null, connection };
}
