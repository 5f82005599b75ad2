/**
 * Keeping each school's summary (`schoolSummary`) current: a summary records the school's
 * change head (`schools.head_seq`) it was computed at, so a school is stale exactly when a
 * row of it changed since. Why materialize rather than compute per request: the figures
 * need every term mark, and a term mark needs the gradebook's whole computation (policy,
 * attempts counted, pupils moved mid-quarter) over a year of marks; a school takes some
 * 100 ms, 200 schools far more than the overview's 1 s. A school's summary is recomputed
 * only after its own rows changed (a sync), and the overview then reads counts in SQL.
 *
 * Recomputing reads the head before the rows: a change landing in between leaves the
 * summary marked with the older head, so it is simply recomputed next time.
 */
import type { Database, SqlExecutor } from '../storage/database';
import { growthCells } from './growthSummary';
import { latestLink } from './linkSummary';
import { loadSchoolTables } from './schoolTables';
import type { SchoolCell } from './overviewMessage';
import { schoolSummary, type SummaryCell } from './schoolSummary';

export interface SchoolHead {
  readonly schoolId: string;
  readonly headSeq: number;
}

/** The schools among `schoolIds` whose summary is missing or older than their last change. */
export async function staleSchools(db: SqlExecutor, schoolIds: readonly string[]): Promise<SchoolHead[]> {
  const rows = await db.query<{ id: string; head_seq: string | number }>(
    `SELECT s.id, s.head_seq FROM schools s LEFT JOIN district_summaries d ON d.school_id = s.id
      WHERE s.id = ANY($1::text[]) AND (d.head_seq IS NULL OR d.head_seq <> s.head_seq) ORDER BY s.id`,
    [schoolIds],
  );
  return rows.map((r) => ({ schoolId: r.id, headSeq: Number(r.head_seq) }));
}

/** Recomputes one school's summary from its rows and stores it in place of the old one. */
export async function refreshSchool(db: Database, school: SchoolHead): Promise<void> {
  const tables = await loadSchoolTables(db, school.schoolId);
  const byYear = cellsByYear(schoolSummary(tables));
  const link = latestLink(tables);
  const growth = growthCells(tables);
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM district_years WHERE school_id = $1', [school.schoolId]);
    for (const [yearStart, cells] of byYear)
      await tx.query('INSERT INTO district_years (school_id, year_start, cells) VALUES ($1, $2, $3)', [
        school.schoolId,
        yearStart,
        JSON.stringify(cells),
      ]);
    await tx.query(
      `INSERT INTO district_summaries (school_id, head_seq, computed_at, link, growth) VALUES ($1, $2, now(), $3, $4)
       ON CONFLICT (school_id) DO UPDATE SET head_seq = EXCLUDED.head_seq, computed_at = EXCLUDED.computed_at, link = EXCLUDED.link, growth = EXCLUDED.growth`,
      [school.schoolId, school.headSeq, link === null ? null : JSON.stringify(link), JSON.stringify(growth)],
    );
  });
}

/** The cells of each academic year as the overview sends them (`SchoolCell`). */
function cellsByYear(cells: readonly SummaryCell[]): Map<number, SchoolCell[]> {
  const byYear = new Map<number, SchoolCell[]>();
  for (const c of cells) {
    const list = byYear.get(c.yearStart) ?? [];
    list.push([c.grade, c.language, c.shift, c.subject, c.period, c.pupils, c.assessed, c.performing, c.good, c.lessons, c.attended]);
    byYear.set(c.yearStart, list);
  }
  return byYear;
}

/**
 * Refreshes stale schools, one at a time, within `budgetMs`; returns those left stale.
 * One refresh at a time per process: a second overview asked meanwhile waits for none of it.
 */
export class SummaryRefresher {
  private running: Promise<void> | undefined;
  private readonly queue = new Map<string, SchoolHead>();

  constructor(
    private readonly db: Database,
    /** Told of a school whose rows could not be summarized (its id and the error, never a row). */
    private readonly onError: (schoolId: string, error: unknown) => void = () => undefined,
  ) {}

  async refresh(schoolIds: readonly string[], budgetMs: number): Promise<SchoolHead[]> {
    for (const s of await staleSchools(this.db, schoolIds)) this.queue.set(s.schoolId, s);
    if (!this.running) this.running = this.drain().finally(() => (this.running = undefined));
    const done = this.running;
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, budgetMs).unref())]);
    return staleSchools(this.db, schoolIds);
  }

  /** Waits for the refreshes under way (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    for (const [id, school] of this.queue) {
      this.queue.delete(id);
      try {
        await refreshSchool(this.db, school);
      } catch (error) {
        // A school whose rows cannot be summarized stays stale and is tried again next time;
        // the overview says its figures are not current rather than failing for every school.
        this.onError(id, error);
      }
    }
  }
}
