/** The Parent reports screen's live reads: the class sets to choose from and the chosen reports. */
import { readAcademicYears } from '../db/queries/readAcademicYears';
import { readClassSets } from '../db/queries/setupQueries';
import type { RowOf } from '../db/recordRow';
import { useLiveRead } from '../workspace/useLiveRead';
import { readParentReports, type ParentReportQuery, type ParentReports } from './readParentReports';

export interface ParentReportChoices {
  readonly classSets: readonly RowOf<'classSets'>[];
  readonly years: ReadonlyMap<string, RowOf<'academicYears'>>;
}

/** The school's active class sets, in grade order, and their academic years (for the current quarter). */
export const useParentReportChoices = (schoolId: string) =>
  useLiveRead(
    async (db): Promise<ParentReportChoices> => {
      const [classSets, years] = await Promise.all([readClassSets(db, schoolId), readAcademicYears(db, schoolId)]);
      return {
        classSets: classSets
          .filter((c) => c.status !== 'archived')
          .sort((a, b) => Math.min(...a.grades) - Math.min(...b.grades) || a.name.localeCompare(b.name)),
        years: new Map(years.map((y) => [y.id as string, y])),
      };
    },
    [schoolId],
  );

/** `undefined` while loading, `null` for an unknown class set. */
export const useParentReports = (query: ParentReportQuery | undefined) =>
  useLiveRead(
    (db): Promise<ParentReports | null> => (query ? readParentReports(db, query) : Promise.resolve(null)),
    [query?.classSetId, query?.quarter, query?.pupilId],
  );
