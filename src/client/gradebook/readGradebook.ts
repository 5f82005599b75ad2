/**
 * A class set's gradebook for one subject and quarter, as the Gradebook screen reads it: a
 * column for each formative task, each БЖБ and the ТЖБ given to the class set that quarter
 * (a summative by its quarter, a formative task by the day it opened), the current pupils
 * grouped by grade, each cell the counted attempt's score (the assignment's rule: best,
 * last, first) unless the teacher typed a mark for it, and each pupil's term mark by the
 * grading policy in force on the quarter's last day, with every part's percent, or the parts
 * still missing (a missing part is never counted as zero).
 */
import { countedAttempt } from '@/domain/assessments/attemptCounting';
import { isDateWithin, isoDate, type IsoDate } from '@/domain/dates';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { policyInForce } from '@/domain/grading/policyInForce';
import { termMark, type TermComponent, type TermMarkResult } from '@/domain/grading/termMark';
import { classMastery, type ClassMastery } from '@/domain/reports/classMastery';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { attemptTotal } from '../selfStudy/attemptTotal';

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

export interface GradebookCell {
  readonly score: number;
  readonly maxScore: number;
  readonly source: 'attempt' | 'typed';
  /** Open conflicts on a typed score: another laptop typed another value at the same time. */
  readonly conflicts?: ReadonlyArray<RowOf<'conflicts'>> | undefined;
}

export interface GradebookRow {
  readonly pupil: RowOf<'pupils'>;
  /** By assessment id; absent where there is no work yet. */
  readonly cells: ReadonlyMap<string, GradebookCell>;
  readonly term: TermMarkResult;
}

export interface Gradebook {
  /** Mastery of the quarter's topics by the class set's current pupils, from the items of their scored attempts. */
  readonly mastery: ClassMastery;
  readonly topics: ReadonlyMap<string, RowOf<'topics'>>;
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
  const [pupils, assignments, marks, policies, conflicts] = await Promise.all([
    liveRows(db, 'pupils').where('classSetId', query.classSetId),
    liveRows(db, 'assignments').where('classSetId', query.classSetId),
    liveRows(db, 'marks').where('[classSetId+subjectId]', [query.classSetId, query.subjectId]),
    liveRows(db, 'gradingPolicies').where('schoolId', classSet.schoolId),
    liveRows(db, 'conflicts').where('status', 'open'),
  ]);
  const conflictsOf = (markId: string) => conflicts.filter((c) => c.table === 'marks' && c.rowId === markId && c.field === 'score');
  const assessments = await liveRows(db, 'assessments').bulkGet(assignments.flatMap((a) => (a.assessmentId ? [a.assessmentId] : [])));
  const inQuarter = (a: RowOf<'assessments'>, given: RowOf<'assignments'>) =>
    a.kind === 'formative'
      ? quarter !== undefined && isDateWithin(isoDate(given.opensAt), quarter.startsOn, quarter.endsOn)
      : a.quarter === query.quarter;
  const given = assignments.filter((g) => {
    const a = assessments.find((x) => x.id === g.assessmentId);
    return a !== undefined && a.subjectId === query.subjectId && inQuarter(a, g);
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

  const rows = pupils
    .filter((p) => p.status === 'active')
    .sort((a, b) => a.grade - b.grade || `${a.surname} ${a.name}`.localeCompare(`${b.surname} ${b.name}`, 'kk'))
    .map((pupil) => {
      const cells = new Map<string, GradebookCell>();
      for (const column of columns) {
        const typed = marks.find((m) => m.pupilId === pupil.id && m.assessmentId === column.assessment.id);
        if (typed) {
          const open = conflictsOf(typed.id);
          cells.set(column.assessment.id, {
            score: typed.score,
            maxScore: typed.maxScore,
            source: 'typed',
            ...(open.length ? { conflicts: open } : {}),
          });
          continue;
        }
        const byAssignment = given.filter((g) => g.assessmentId === column.assessment.id);
        for (const g of byAssignment) {
          const own = attempts
            .filter((a) => a.assignmentId === g.id && a.pupilId === pupil.id)
            .map((a) => attemptTotal(a, resultOf.get(a.id), column.assessment));
          const counted = countedAttempt(own, g.counting);
          if (counted?.total !== undefined && !counted.awaitingMarking)
            cells.set(column.assessment.id, { score: counted.total, maxScore: counted.maxScore, source: 'attempt' });
        }
      }
      const worksOf = (component: TermComponent) =>
        columns.filter((c) => c.component === component).flatMap((c) => (cells.has(c.assessment.id) ? [cells.get(c.assessment.id)!] : []));
      const term = termMark({
        policy,
        grade: pupil.grade,
        hasTermSummative,
        formative: worksOf('formative'),
        sectionSummatives: worksOf('sectionSummative'),
        termSummative: worksOf('termSummative'),
      });
      return { pupil, cells, term };
    });
  const current = new Set(rows.map((r) => r.pupil.id as string));
  const itemScores = attempts.flatMap((a) =>
    current.has(a.pupilId) ? (resultOf.get(a.id)?.itemScores ?? []).map((s) => ({ pupilId: a.pupilId as string, ...s })) : [],
  );
  const items = await db.rows('items').bulkGet([...new Set(itemScores.map((s) => s.itemId as string))]);
  const topicOf = new Map(items.flatMap((i) => (i ? [[i.id, i.topicId as string] as const] : [])));
  const mastery = classMastery(
    itemScores.flatMap((s) =>
      topicOf.has(s.itemId) ? [{ pupilId: s.pupilId, topicId: topicOf.get(s.itemId)!, points: s.points, maxPoints: s.maxPoints }] : [],
    ),
  );
  const topics = new Map((await liveRows(db, 'topics').bulkGet(mastery.topics.map((t) => t.topicId))).map((t) => [t.id, t]));
  return { mastery, topics, quarterEndsOn: quarter?.endsOn, policyName: policy.name, columns, rows };
}
