/**
 * `GET /api/v1/district/overview`: the query and the answer. The answer carries counts and
 * the schools' names only, never a pupil. Each school carries its cells as tuples
 * (`CELL_COLUMNS`) rather than objects: a district of 200 schools has some 60,000 of them,
 * and over a satellite link the repeated keys would cost more than the figures.
 *
 * The schemas are shared with the laptop (src/sync/districtMessages.ts).
 */
import { CELL_COLUMNS, overviewWireSchema } from '@/sync/districtMessages';

export { CELL_COLUMNS, overviewQuerySchema, type SchoolCell } from '@/sync/districtMessages';

export interface OverviewSchoolHead {
  readonly id: string;
  readonly name: string;
  /** When a laptop of the school last synced (ISO), or null if none has. */
  readonly lastSyncAt: string | null;
  /** When its figures were computed (ISO), or null if never. */
  readonly summarizedAt: string | null;
  /** False while its figures predate its last change (being recomputed). */
  readonly current: boolean;
}

/** Sent beside each school's head: its latest link measurement (`LinkFigures`) or null, then its cells. */
export type { LinkFigures } from './linkSummary';

/** The answer without the schools' cells, which are sent as stored (`readOverview`). */
export interface OverviewHead {
  readonly district: string;
  /** The academic year's start; null when no school has one. */
  readonly yearStart: number | null;
  /** Every academic year some school of the district has, by its start. */
  readonly years: readonly number[];
  readonly generatedAt: string;
  readonly subjects: readonly { readonly code: string; readonly names: Readonly<Record<string, string>> }[];
  readonly columns: typeof CELL_COLUMNS;
}

/** The answer's shape, for the API's description (the route writes the text itself, `readOverview`). */
export const overviewAnswerSchema = overviewWireSchema;
