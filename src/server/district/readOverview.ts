/**
 * The district's overview from the stored summaries (`summaryStore.ts`): every school of
 * the district with its last sync, its latest link measurement and its cells of the year
 * chosen, and the subjects' names. Everything is read in SQL and no row of a pupil is read; each school's cells are
 * stored as the JSON text sent, so the answer is put together as text, not parsed and
 * written again (60,000 cells cost PGlite 1-2 s as rows).
 */
import type { SqlExecutor } from '../storage/database';
import { CELL_COLUMNS, type OverviewHead, type OverviewSchoolHead } from './overviewMessage';

export interface OverviewInput {
  readonly district: string;
  readonly schools: readonly { readonly id: string; readonly name: string }[];
  readonly stale: ReadonlySet<string>;
  readonly yearStart: number | undefined;
  readonly now: number;
}

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/** The answer's JSON text. */
export async function readOverview(db: SqlExecutor, input: OverviewInput): Promise<string> {
  const ids = input.schools.map((s) => s.id);
  const [syncs, summaries, years, subjects] = await Promise.all([
    db.query<{ school_id: string; at: unknown }>(
      'SELECT school_id, max(last_seen_at) AS at FROM devices WHERE school_id = ANY($1::text[]) GROUP BY school_id',
      [ids],
    ),
    db.query<{ school_id: string; computed_at: unknown; link: string | null; growth: string | null }>(
      'SELECT school_id, computed_at, link, growth FROM district_summaries WHERE school_id = ANY($1::text[])',
      [ids],
    ),
    db.query<{ year_start: number }>('SELECT DISTINCT year_start FROM district_years WHERE school_id = ANY($1::text[]) ORDER BY year_start', [ids]),
    db.query<{ code: string; names: Record<string, string> }>(
      `SELECT DISTINCT ON (data->>'code') data->>'code' AS code, data->'names' AS names FROM records
        WHERE school_id = ANY($1::text[]) AND tbl = 'subjects' AND data->'deleted' IS DISTINCT FROM 'true'::jsonb
        ORDER BY data->>'code', school_id`,
      [ids],
    ),
  ]);
  const allYears = years.map((y) => Number(y.year_start));
  const thisYear = new Date(input.now).getUTCFullYear();
  const yearStart = input.yearStart ?? allYears.filter((y) => y <= thisYear).at(-1) ?? allYears.at(-1) ?? null;
  const cells =
    yearStart === null
      ? []
      : await db.query<{ school_id: string; cells: string }>(
          'SELECT school_id, cells FROM district_years WHERE school_id = ANY($1::text[]) AND year_start = $2',
          [ids, yearStart],
        );
  const lastSync = new Map(syncs.map((s) => [s.school_id, iso(s.at)]));
  const summarized = new Map(summaries.map((s) => [s.school_id, iso(s.computed_at)]));
  const cellsOf = new Map(cells.map((c) => [c.school_id, c.cells]));
  const linkOf = new Map(summaries.map((s) => [s.school_id, s.link]));
  const growthOf = new Map(summaries.map((s) => [s.school_id, s.growth]));
  const head: OverviewHead = {
    district: input.district,
    yearStart,
    years: allYears,
    generatedAt: new Date(input.now).toISOString(),
    subjects: subjects.map((s) => ({ code: s.code, names: s.names })),
    columns: CELL_COLUMNS,
  };
  const schools = input.schools.map((s) => {
    const school: OverviewSchoolHead = {
      id: s.id,
      name: s.name,
      lastSyncAt: lastSync.get(s.id) ?? null,
      summarizedAt: summarized.get(s.id) ?? null,
      current: !input.stale.has(s.id),
    };
    // The stored cells and link are our own JSON.stringify of numbers and short codes (`refreshSchool`).
    return `${JSON.stringify(school).slice(0, -1)},"link":${linkOf.get(s.id) ?? 'null'},"growth":${growthOf.get(s.id) ?? '[]'},"cells":${cellsOf.get(s.id) ?? '[]'}}`;
  });
  return `${JSON.stringify(head).slice(0, -1)},"schools":[${schools.join(',')}]}`;
}
