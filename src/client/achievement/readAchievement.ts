/**
 * The school's achievement report for an academic year, in one read: үлгерім and білім
 * сапасы of every class set × subject, class set, subject and the school, for each quarter
 * and the year (`achievementFigures`), from every pupil's term marks worked out as the
 * gradebook works them out (`schoolTermMarks`), each table read once.
 */
import { achievementFigures, type AchievementFigures } from '@/domain/reports/achievementIndicators';
import type { SandyqDb } from '../db/db';
import type { RowOf } from '../db/recordRow';
import { loadAchievementTables } from './loadAchievementTables';
import { schoolTermMarks } from '@/domain/gradebook/schoolTermMarks';

export interface AchievementReport {
  /** The school's years, oldest first, to choose from. */
  readonly years: readonly RowOf<'academicYears'>[];
  /** The year reported; undefined when the school has none yet. */
  readonly year: RowOf<'academicYears'> | undefined;
  /** The year's class sets in grade order. */
  readonly classSets: readonly RowOf<'classSets'>[];
  /** Subjects with a gradebook in some class set and quarter of the year. */
  readonly subjects: readonly RowOf<'subjects'>[];
  readonly figures: AchievementFigures;
}

export async function readAchievement(db: SandyqDb, schoolId: string, yearId: string | undefined, today: string): Promise<AchievementReport> {
  const tables = await loadAchievementTables(db, schoolId, yearId, today);
  const terms = schoolTermMarks(tables);
  const yearEnd = tables.year?.endsOn;
  const leftSchool = new Set(
    tables.pupils
      .filter((p) => p.status === 'withdrawn' && yearEnd !== undefined && p.withdrawnOn !== undefined && p.withdrawnOn < yearEnd)
      .map((p) => p.id as string),
  );
  const assessed = new Set(terms.map((t) => t.subjectId));
  return {
    years: tables.years,
    year: tables.year,
    classSets: [...tables.classSets].sort((a, b) => Math.min(...a.grades) - Math.min(...b.grades) || a.name.localeCompare(b.name, 'kk')),
    subjects: tables.subjects.filter((s) => assessed.has(s.id)),
    figures: achievementFigures({ terms, leftSchool }),
  };
}
