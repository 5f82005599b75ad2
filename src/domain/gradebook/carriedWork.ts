/**
 * The work a pupil who came during the quarter did in the class sets they were in before,
 * in the same subject and quarter: it counts towards their term mark in the class set they
 * end the quarter in, as the journal's transfer extract carries a pupil's marks to the new
 * class. Each piece is shown under the term mark's "how computed", never as a column of
 * the new class set.
 */
import type { TermComponent } from '../grading/termMark';
import type { SyncedRowOf as RowOf } from '../entities';
import { isInQuarter, workCell, type GradebookCell } from './gradebookCells';
import type { QuarterDates, RollEntry } from './gradebookRoll';
import type { GradebookIndex } from './gradebookSources';

export interface CarriedWork {
  readonly assessment: RowOf<'assessments'>;
  readonly component: TermComponent;
  readonly classSetId: string;
  readonly classSetName: string;
  readonly cell: GradebookCell;
}

export function carriedWork(
  index: GradebookIndex,
  entry: RollEntry,
  subjectId: string,
  quarter: number,
  dates: QuarterDates | undefined,
): CarriedWork[] {
  if (entry.earlierClassSetIds.length === 0) return [];
  const from = new Set(entry.earlierClassSetIds);
  const attempts = index.attemptsOfPupil.get(entry.pupil.id) ?? [];
  const given = [
    ...new Map(
      attempts.flatMap((a) => {
        const g = index.assignmentById.get(a.assignmentId ?? '');
        return g && from.has(g.classSetId ?? '') ? [[g.id as string, g] as const] : [];
      }),
    ).values(),
  ];
  const typed = (index.typedOfPupil.get(entry.pupil.id) ?? []).filter(
    (m) => m.subjectId === subjectId && from.has(m.classSetId) && m.quarter === quarter,
  );
  const work: CarriedWork[] = [];
  for (const id of new Set([...given.map((g) => g.assessmentId!), ...typed.map((m) => m.assessmentId!)])) {
    const assessment = index.assessmentById.get(id);
    if (assessment?.subjectId !== subjectId) continue;
    const ofIt = given.filter((g) => g.assessmentId === id && isInQuarter(assessment, g, quarter, dates));
    const mark = typed.find((m) => m.assessmentId === id);
    if (ofIt.length === 0 && !mark) continue;
    const cell = workCell({ typed: mark, given: ofIt, attempts, resultOf: index.resultOf, assessment });
    const classSetId = mark?.classSetId ?? ofIt[0]?.classSetId;
    if (cell && classSetId)
      work.push({ assessment, component: assessment.kind, classSetId, classSetName: index.classSetById.get(classSetId)?.name ?? '', cell });
  }
  return work;
}
