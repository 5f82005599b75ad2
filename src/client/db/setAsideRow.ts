/**
 * A pulled row this device did not fold (rule C3): a table it does not know (a newer
 * server), or a stamp that is no real time or lies too far ahead. Kept, not dropped, so
 * staff can see that something did not arrive and an update can take it in later; the
 * pull cursor moves on, so one such row never stops a laptop from syncing.
 */
import type { PulledRowProblem } from '@/sync/screenPulledRow';

export interface SetAsideRow {
  id?: number;
  table: string;
  rowId: string;
  problem: PulledRowProblem;
  /** The row as it came, JSON, cut to a few kilobytes. */
  row: string;
  /** Device time it arrived (ms). */
  receivedAt: number;
}
