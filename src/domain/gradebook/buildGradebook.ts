/**
 * A class set's gradebook for a subject and quarter, computed from indexed rows
 * (`GradebookIndex`) with no reads of its own: a column for each formative task, БЖБ and ТЖБ
 * given that quarter (`isInQuarter`), each cell the typed score or the counted attempt
 * (`workCell`), the roll of the quarter (`gradebookRoll`) with the work a pupil brought from
 * an earlier class set (`carriedWork`), and each pupil's term mark by the policy in force on
 * the quarter's last day, a missing part named, never counted as zero.
 */
import type { IsoDate } from '../dates';
import { NATIONAL_POLICY_2020 } from '../grading/nationalPolicy';
import { policyInForce } from '../grading/policyInForce';
import { termMark, type TermComponent, type TermMarkResult } from '../grading/termMark';
import type { SyncedRowOf as RowOf } from '../entities';
import { carriedWork, type CarriedWork } from './carriedWork';
import { isInQuarter, workCell, type GradebookCell } from './gradebookCells';
import { gradebookRoll } from './gradebookRoll';
import { attemptKey, typedKey, type GradebookIndex } from './gradebookSources';

export interface GradebookQuery {
  readonly classSetId: string;
  readonly subjectId: string;
  readonly quarter: number;
}

export interface GradebookColumn {
  readonly assessment: RowOf<'assessments'>;
  readonly component: TermComponent;
  readonly maxScore: number;
}

export interface GradebookRow {
  readonly pupil: RowOf<'pupils'>;
  /** By assessment id; absent where there is no work yet. */
  readonly cells: ReadonlyMap<string, GradebookCell>;
  /** Work of this subject and quarter done in the class set(s) the pupil was in before. */
  readonly carried: readonly CarriedWork[];
  /** The pupil's term mark from all their work of the quarter; where they left before its end, their new class set gives it. */
  readonly term: TermMarkResult;
  /** Last day here, when the pupil left before the quarter's end (no term mark is given here). */
  readonly leftOn?: IsoDate | undefined;
  /** First day here, when the pupil came during the quarter. */
  readonly joinedOn?: IsoDate | undefined;
}

export interface GradebookGrid {
  readonly quarterEndsOn?: IsoDate | undefined;
  readonly policyName: string;
  readonly columns: readonly GradebookColumn[];
  readonly rows: readonly GradebookRow[];
}

const ORDER: Record<TermComponent, number> = { formative: 0, sectionSummative: 1, termSummative: 2 };

export function buildGradebook(index: GradebookIndex, query: GradebookQuery): GradebookGrid | null {
  const classSet = index.classSetById.get(query.classSetId);
  if (!classSet) return null;
  const quarter = index.yearById.get(classSet.academicYearId)?.quarters[query.quarter - 1];
  const given = (index.givenOf.get(query.classSetId) ?? []).filter(
    (g) => g.assessment.subjectId === query.subjectId && isInQuarter(g.assessment, g.assignment, query.quarter, quarter),
  );
  const columns = [...new Map(given.map((g) => [g.assessment.id as string, g.assessment])).values()]
    .map((assessment) => ({ assessment, component: assessment.kind, maxScore: assessment.maxScore }))
    .sort((a, b) => ORDER[a.component] - ORDER[b.component] || a.assessment.id.localeCompare(b.assessment.id));
  // The national policy until the school sets one of its own.
  const policy = (quarter ? policyInForce(index.sources.policies, quarter.endsOn, query.subjectId) : undefined) ?? NATIONAL_POLICY_2020;
  const hasTermSummative = columns.some((c) => c.component === 'termSummative');

  const rows = gradebookRoll(index, query.classSetId, quarter)
    .sort((a, b) => a.pupil.grade - b.pupil.grade || `${a.pupil.surname} ${a.pupil.name}`.localeCompare(`${b.pupil.surname} ${b.pupil.name}`, 'kk'))
    .map((entry): GradebookRow => {
      const { pupil, leftOn, joinedOn } = entry;
      const cells = new Map<string, GradebookCell>();
      for (const column of columns) {
        const ofColumn = given.filter((g) => g.assessment.id === column.assessment.id).map((g) => g.assignment);
        const typed = index.typedOf.get(typedKey(query.classSetId, pupil.id, column.assessment.id));
        const cell = workCell({
          typed,
          typedConflicts: typed ? index.conflictsOfMark.get(typed.id) : undefined,
          given: ofColumn,
          attempts: ofColumn.flatMap((g) => index.attemptsOf.get(attemptKey(g.id, pupil.id)) ?? []),
          resultOf: index.resultOf,
          assessment: column.assessment,
        });
        if (cell) cells.set(column.assessment.id, cell);
      }
      const carried = carriedWork(index, entry, query.subjectId, query.quarter, quarter);
      const worksOf = (component: TermComponent) => [
        ...columns.filter((c) => c.component === component).flatMap((c) => (cells.has(c.assessment.id) ? [cells.get(c.assessment.id)!] : [])),
        ...carried.filter((w) => w.component === component).map((w) => w.cell),
      ];
      const term = termMark({
        policy,
        grade: pupil.grade,
        // A term summative written in the class set the pupil came from counts as the subject's.
        hasTermSummative: hasTermSummative || carried.some((w) => w.component === 'termSummative'),
        formative: worksOf('formative'),
        sectionSummatives: worksOf('sectionSummative'),
        termSummative: worksOf('termSummative'),
      });
      return { pupil, cells, carried, term, ...(leftOn ? { leftOn } : {}), ...(joinedOn ? { joinedOn } : {}) };
    });
  return { quarterEndsOn: quarter?.endsOn, policyName: policy.name, columns, rows };
}
