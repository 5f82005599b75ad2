/**
 * A class set's gradebook for one subject and quarter, as the Gradebook screen reads it: a
 * column for each formative task, each БЖБ and the ТЖБ given to the class set that quarter
 * (a summative by its quarter, a formative task by the day it opened), the current pupils
 * grouped by grade, each cell the counted attempt's score (the assignment's rule: best,
 * last, first) unless the teacher typed a mark for it, and each pupil's term mark by the
 * grading policy in force on the quarter's last day, with every part's percent, or the parts
 * still missing (a missing part is never counted as zero).
 */
import type { IsoDate } from '@/domain/dates';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { policyInForce } from '@/domain/grading/policyInForce';
import { termMark, type TermComponent, type TermMarkResult } from '@/domain/grading/termMark';
import { classMastery, type ClassMastery } from '@/domain/reports/classMastery';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { carriedWork, type CarriedWork } from './carriedWork';
import { isInQuarter, workCell, type GradebookCell } from './gradebookCells';
import { gradebookRoll } from './gradebookRoll';

export type { GradebookCell } from './gradebookCells';

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

export interface Gradebook {
  /** Mastery of the quarter's topics by the class set's current pupils, from the items of their scored attempts. */
  readonly mastery: ClassMastery;
  readonly topics: ReadonlyMap<string, RowOf<'topics'>>;
  /** The same by learning objective (items that name one); `topicId` of its entries is the objective's id. */
  readonly objectiveMastery: ClassMastery;
  readonly objectives: ReadonlyMap<string, RowOf<'learningObjectives'>>;
  readonly quarterEndsOn?: IsoDate | undefined;
  readonly policyName: string;
  readonly columns: readonly GradebookColumn[];
  readonly rows: readonly GradebookRow[];
}

const ORDER: Record<TermComponent, number> = { formative: 0, sectionSummative: 1, termSummative: 2 };

export async function readGradebook(db: SandyqDb, query: GradebookQuery): Promise<Gradebook | null> {
  const classSet = await liveRows(db, 'classSets').get(query.classSetId);
  if (!classSet) return null;
  const year = await liveRows(db, 'academicYears').get(classSet.academicYearId);
  const quarter = year?.quarters[query.quarter - 1];
  const [roll, assignments, marks, policies, conflicts] = await Promise.all([
    gradebookRoll(db, query.classSetId, quarter),
    liveRows(db, 'assignments').where('classSetId', query.classSetId),
    liveRows(db, 'marks').where('[classSetId+subjectId]', [query.classSetId, query.subjectId]),
    liveRows(db, 'gradingPolicies').where('schoolId', classSet.schoolId),
    liveRows(db, 'conflicts').where('status', 'open'),
  ]);
  const conflictsOf = (markId: string) => conflicts.filter((c) => c.table === 'marks' && c.rowId === markId && c.field === 'score');
  const assessments = await liveRows(db, 'assessments').bulkGet(assignments.flatMap((a) => (a.assessmentId ? [a.assessmentId] : [])));
  const given = assignments.filter((g) => {
    const a = assessments.find((x) => x.id === g.assessmentId);
    return a !== undefined && a.subjectId === query.subjectId && isInQuarter(a, g, query.quarter, quarter);
  });
  const columns = [...new Map(given.map((g) => [g.assessmentId!, assessments.find((x) => x.id === g.assessmentId)!])).values()]
    .map((assessment) => ({ assessment, component: assessment.kind, maxScore: assessment.maxScore }))
    .sort((a, b) => ORDER[a.component] - ORDER[b.component] || a.assessment.id.localeCompare(b.assessment.id));

  const attempts = await liveRows(db, 'attempts').whereAnyOf(
    'assignmentId',
    given.map((g) => g.id),
  );
  const results = await liveRows(db, 'attemptResults').whereAnyOf(
    'attemptId',
    attempts.map((a) => a.id),
  );
  const resultOf = new Map(results.map((r) => [r.attemptId as string, r]));
  // The national policy until the school sets one of its own.
  const policy = (quarter ? policyInForce(policies, quarter.endsOn, query.subjectId) : undefined) ?? NATIONAL_POLICY_2020;
  const hasTermSummative = columns.some((c) => c.component === 'termSummative');

  const rows = await Promise.all(
    [...roll]
      .sort((a, b) => a.pupil.grade - b.pupil.grade || `${a.pupil.surname} ${a.pupil.name}`.localeCompare(`${b.pupil.surname} ${b.pupil.name}`, 'kk'))
      .map(async ({ pupil, leftOn, joinedOn, earlierClassSetIds }): Promise<GradebookRow> => {
        const own = attempts.filter((a) => a.pupilId === pupil.id);
        const cells = new Map<string, GradebookCell>();
        for (const column of columns) {
          const typed = marks.find((m) => m.pupilId === pupil.id && m.assessmentId === column.assessment.id);
          const cell = workCell({
            typed,
            typedConflicts: typed ? conflictsOf(typed.id) : undefined,
            given: given.filter((g) => g.assessmentId === column.assessment.id),
            attempts: own,
            resultOf,
            assessment: column.assessment,
          });
          if (cell) cells.set(column.assessment.id, cell);
        }
        const carried = await carriedWork(db, {
          pupilId: pupil.id,
          classSetIds: earlierClassSetIds,
          subjectId: query.subjectId,
          quarter: query.quarter,
          dates: quarter,
        });
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
      }),
  );
  // Mastery is of the pupils who end the quarter here.
  const current = new Set(rows.filter((r) => !r.leftOn).map((r) => r.pupil.id as string));
  const itemScores = attempts.flatMap((a) =>
    current.has(a.pupilId) ? (resultOf.get(a.id)?.itemScores ?? []).map((s) => ({ pupilId: a.pupilId as string, ...s })) : [],
  );
  const items = await db.rows('items').bulkGet([...new Set(itemScores.map((s) => s.itemId as string))]);
  // The same heat map by topic or by learning objective: classMastery groups by whatever key it is given.
  const masteryBy = (keyOf: ReadonlyMap<string, string>) =>
    classMastery(
      itemScores.flatMap((s) =>
        keyOf.has(s.itemId) ? [{ pupilId: s.pupilId, topicId: keyOf.get(s.itemId)!, points: s.points, maxPoints: s.maxPoints }] : [],
      ),
    );
  const mastery = masteryBy(new Map(items.flatMap((i) => (i ? [[i.id, i.topicId as string] as const] : []))));
  const objectiveMastery = masteryBy(new Map(items.flatMap((i) => (i?.objectiveId ? [[i.id, i.objectiveId as string] as const] : []))));
  const [topics, objectives] = await Promise.all([
    liveRows(db, 'topics').bulkGet(mastery.topics.map((t) => t.topicId)),
    liveRows(db, 'learningObjectives').bulkGet(objectiveMastery.topics.map((t) => t.topicId)),
  ]);
  return {
    mastery,
    topics: new Map(topics.map((t) => [t.id, t])),
    objectiveMastery,
    objectives: new Map(objectives.map((o) => [o.id, o])),
    quarterEndsOn: quarter?.endsOn,
    policyName: policy.name,
    columns,
    rows,
  };
}
