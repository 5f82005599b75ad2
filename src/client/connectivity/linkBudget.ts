/**
 * What the sync client may ask of the link it measured: how many changes one push carries
 * and how the background download of lesson files is cut. A pure function of the latest
 * measurement, so the numbers can be checked by hand; no measurement, the defaults.
 *
 * - Push batch: as many changes as the measured uplink carries in `PUSH_SECONDS` at about
 *   `BYTES_PER_CHANGE` each (a `school-day` of WORKLOADS.md is 1,150 records in 250 kB),
 *   between 100 and the sync client's default. A small request over a slow, lossy link is
 *   cut less often, and a cut costs less to send again.
 * - File chunk: the bytes the downlink carries in `CHUNK_SECONDS` (a range request each),
 *   so a background download gives the link back often, and a cut loses little.
 * - Prefetch per run: what the downlink carries in `PREFETCH_SECONDS`: one background run
 *   never holds a slow link for long; the next sync pass goes on where it stopped.
 */
import type { LinkMeasurement } from '@/domain/entities/linkMeasurement';

export const DEFAULT_PUSH_BATCH = 2_000;
export const MIN_PUSH_BATCH = 100;
export const BYTES_PER_CHANGE = 250;
export const PUSH_SECONDS = 10;
export const CHUNK_SECONDS = 15;
export const MIN_CHUNK_BYTES = 256 * 1024;
export const PREFETCH_SECONDS = 5 * 60;

export interface LinkBudget {
  /** Changes in one push request. */
  pushBatchSize: number;
  /** Bytes per range request of a background file download; undefined: the whole file at once. */
  fileChunkBytes?: number;
  /** Bytes one background prefetch run may fetch; undefined: the school's limit alone. */
  prefetchBytes?: number;
}

export const DEFAULT_LINK_BUDGET: LinkBudget = { pushBatchSize: DEFAULT_PUSH_BATCH };

export function linkBudget(measurement: Pick<LinkMeasurement, 'downMbps' | 'upMbps'> | undefined): LinkBudget {
  if (!measurement) return DEFAULT_LINK_BUDGET;
  const upBytesPerSecond = (measurement.upMbps * 1e6) / 8;
  const downBytesPerSecond = (measurement.downMbps * 1e6) / 8;
  const pushBatchSize = Math.min(DEFAULT_PUSH_BATCH, Math.max(MIN_PUSH_BATCH, Math.floor((upBytesPerSecond * PUSH_SECONDS) / BYTES_PER_CHANGE)));
  return {
    pushBatchSize,
    fileChunkBytes: Math.max(MIN_CHUNK_BYTES, Math.floor(downBytesPerSecond * CHUNK_SECONDS)),
    prefetchBytes: Math.max(MIN_CHUNK_BYTES, Math.floor(downBytesPerSecond * PREFETCH_SECONDS)),
  };
}
