/**
 * Every pupil's term mark in every subject and quarter of every class set of the year, from
 * tables read once (`loadAchievementTables`), computed by the gradebook itself
 * (`buildGradebook` over the same index), so the school's report and the gradebook cannot
 * disagree on a mark.
 *
 * A class set × subject × quarter with no assessment given is no gradebook at all (the
 * subject is not assessed in Sandyq there), so it gives no entries rather than a roll of
 * pupils "not assessed".
 */
import type { TermMarkEntry } from '../reports/achievementIndicators';
import { QUARTERS } from '../reports/achievementIndicators';
import { buildGradebook } from './buildGradebook';
import { isInQuarter } from './gradebookCells';
import { indexGradebookSources, type GradebookSources } from './gradebookSources';

export function schoolTermMarks(tables: GradebookSources): TermMarkEntry[] {
  const index = indexGradebookSources(tables);
  const entries: TermMarkEntry[] = [];
  for (const classSet of tables.classSets) {
    const year = index.yearById.get(classSet.academicYearId);
    for (const quarter of QUARTERS) {
      const dates = year?.quarters[quarter - 1];
      const given = (index.givenOf.get(classSet.id) ?? []).filter((g) => isInQuarter(g.assessment, g.assignment, quarter, dates));
      for (const subjectId of new Set(given.map((g) => g.assessment.subjectId as string))) {
        const grid = buildGradebook(index, { classSetId: classSet.id, subjectId, quarter });
        for (const row of grid?.rows ?? []) {
          const base = { pupilId: row.pupil.id as string, classSetId: classSet.id as string, subjectId, quarter };
          // Their term mark is given in the class set they end the quarter in.
          if (row.leftOn) entries.push({ ...base, leftBeforeEnd: true });
          else entries.push(row.term.ok ? { ...base, mark: row.term.value.mark } : base);
        }
      }
    }
  }
  return entries;
}
