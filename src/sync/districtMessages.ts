/**
 * `GET /api/v1/district/overview`, the district's view of a methodologist: the query and the
 * answer, read by the server (its documentation) and the laptop (its check of every answer,
 * and of the one it kept for offline use). Counts and the schools' names only, never a pupil.
 * Each school carries its cells as tuples (`CELL_COLUMNS`) rather than objects: a district of
 * 200 schools has some 60,000 of them, and over a satellite link the repeated keys would cost
 * more than the figures.
 */
import { z } from 'zod';

export const overviewQuerySchema = z
  .object({
    /** The academic year by the calendar year it starts in (2026 for 2026-27); default: the latest begun. */
    year: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .strict();

export const CELL_COLUMNS = [
  'grade',
  'language',
  'shift',
  'subject',
  'period',
  'pupils',
  'assessed',
  'performing',
  'good',
  'lessons',
  'attended',
] as const;

const count = z.number().int().min(0);

/** [grade, language, shift, subject code ('' all), period (5 = year), pupils, assessed, performing, good, pupil-lessons, attended] */
export const schoolCellSchema = z.tuple([
  z.number().int().min(1).max(12),
  z.string().max(8),
  z.number().int().min(1).max(2),
  z.string().max(64),
  z.number().int().min(1).max(5),
  count,
  count,
  count,
  count,
  count,
  count,
]);
export type SchoolCell = z.infer<typeof schoolCellSchema>;

/** The answer as it crosses the network: each school with its own cells. */
export const overviewWireSchema = z.object({
  district: z.string(),
  yearStart: z.number().int().nullable().describe('The academic year shown, by the calendar year it starts in.'),
  years: z.array(z.number().int()).describe('Every academic year some school of the district has.'),
  generatedAt: z.iso.datetime(),
  subjects: z.array(z.object({ code: z.string(), names: z.record(z.string(), z.string()) })),
  // Strings, not the enum: a laptop reads an answer from a newer server with more columns.
  columns: z.array(z.string()).describe("The cells' columns, in order (`CELL_COLUMNS`)."),
  schools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      lastSyncAt: z.iso.datetime().nullable(),
      summarizedAt: z.iso.datetime().nullable(),
      current: z.boolean().describe('False while its figures are being recomputed after a change.'),
      link: z
        .object({
          measuredAt: z.number(),
          downMbps: z.number().min(0),
          upMbps: z.number().min(0),
          rttMs: z.number().min(0),
          contractedMbps: z.number().positive().nullable(),
          connection: z.string(),
        })
        .nullable()
        .describe('The latest link measurement, against the speed contracted then.'),
      growth: z
        .array(z.tuple([z.number().int().min(0).max(12), z.string().max(64), count, count, z.number()]))
        .describe(
          "The Digital teacher programme's growth: [grade (0 = all grades), subject code, pupils with growth, pupils without yet, sum of their growth in percentage points]; fewer than 3 pupils are left out.",
        ),
      cells: z.array(schoolCellSchema).describe("Counts per grade, language, shift, subject ('' all) and period (5 = the year), in `columns` order."),
    }),
  ),
});
export type OverviewWire = z.infer<typeof overviewWireSchema>;
