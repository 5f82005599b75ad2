/**
 * The work a pupil who came during the quarter did in the class sets they were in before,
 * in the same subject and quarter: it counts towards their term mark in the class set they
 * end the quarter in, as the journal's transfer extract carries a pupil's marks to the new
 * class. Each piece is shown under the term mark's "how computed", never as a column of
 * the new class set.
 */
import type { TermComponent } from '@/domain/grading/termMark';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { isInQuarter, workCell, type GradebookCell } from './gradebookCells';
import type { QuarterDates } from './gradebookRoll';

export interface CarriedWork {
  readonly assessment: RowOf<'assessments'>;
  readonly component: TermComponent;
  readonly classSetId: string;
  readonly classSetName: string;
  readonly cell: GradebookCell;
}

export interface CarriedQuery {
  readonly pupilId: string;
  readonly classSetIds: readonly string[];
  readonly subjectId: string;
  readonly quarter: number;
  readonly dates: QuarterDates | undefined;
}

export async function carriedWork(db: SandyqDb, query: CarriedQuery): Promise<CarriedWork[]> {
  if (query.classSetIds.length === 0) return [];
  const from = new Set(query.classSetIds);
  const [attempts, marks] = await Promise.all([
    liveRows(db, 'attempts').where('pupilId', query.pupilId),
    liveRows(db, 'marks').where('[pupilId+subjectId]', [query.pupilId, query.subjectId]),
  ]);
  const given = (await liveRows(db, 'assignments').bulkGet(attempts.flatMap((a) => (a.assignmentId ? [a.assignmentId] : [])))).filter((g) =>
    from.has(g.classSetId ?? ''),
  );
  const typed = marks.filter((m) => from.has(m.classSetId) && m.quarter === query.quarter && m.assessmentId !== undefined);
  const assessments = await liveRows(db, 'assessments').bulkGet([
    ...given.flatMap((g) => (g.assessmentId ? [g.assessmentId] : [])),
    ...typed.map((m) => m.assessmentId!),
  ]);
  const results = await liveRows(db, 'attemptResults').whereAnyOf(
    'attemptId',
    attempts.map((a) => a.id),
  );
  const resultOf = new Map(results.map((r) => [r.attemptId as string, r]));
  const names = new Map((await liveRows(db, 'classSets').bulkGet(query.classSetIds)).map((c) => [c.id as string, c.name]));
  const work: CarriedWork[] = [];
  for (const assessment of assessments) {
    if (assessment.subjectId !== query.subjectId) continue;
    const ofIt = given.filter((g) => g.assessmentId === assessment.id && isInQuarter(assessment, g, query.quarter, query.dates));
    const mark = typed.find((m) => m.assessmentId === assessment.id);
    if (ofIt.length === 0 && !mark) continue;
    const cell = workCell({ typed: mark, given: ofIt, attempts, resultOf, assessment });
    const classSetId = mark?.classSetId ?? ofIt[0]?.classSetId;
    if (cell && classSetId) work.push({ assessment, component: assessment.kind, classSetId, classSetName: names.get(classSetId) ?? '', cell });
  }
  return work;
}
