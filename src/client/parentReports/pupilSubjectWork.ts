/**
 * What the parent report needs of one subject beyond the gradebook, for each pupil: the
 * points of every item of their scored attempts of the quarter (every attempt counts, as in
 * the class mastery under the gradebook) with the items' topics and sections, the teacher's
 * descriptors ticked on the attempt that counts, and the feedback written about their work.
 */
import { countedAttempt } from '@/domain/assessments/attemptCounting';
import type {
  ReportFeedback,
  ReportItemScore,
  ReportMarking,
  ReportSection,
  ReportTopic,
  ReportWork,
  SubjectInput,
} from '@/domain/reports/pupilAchievementReport';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { typedMarkIdOf } from '../gradebook/gradebookCommands';
import type { Gradebook } from '../gradebook/readGradebook';
import { attemptTotal } from '@/domain/gradebook/attemptTotal';

export interface SubjectSources {
  readonly book: Gradebook;
  readonly subjectId: string;
  readonly names: RowOf<'subjects'>['names'];
  /** The assignments of the subject given to the class set in the quarter. */
  readonly given: readonly RowOf<'assignments'>[];
  /** Feedback about the pupils (any subject); this subject's is picked by what it is about. */
  readonly feedback: readonly RowOf<'feedback'>[];
}

const hasRubric = (a: RowOf<'assessments'>) => a.criteria.some((c) => c.descriptors.length > 0);

/** Each listed pupil's subject input; a pupil with no work in the subject is left out. */
export async function pupilSubjectWork(db: SandyqDb, sources: SubjectSources, pupilIds: ReadonlySet<string>): Promise<Map<string, SubjectInput>> {
  const { book, given } = sources;
  const attempts = (
    await liveRows(db, 'attempts').whereAnyOf(
      'assignmentId',
      given.map((g) => g.id),
    )
  ).filter((a) => pupilIds.has(a.pupilId));
  const results = await liveRows(db, 'attemptResults').whereAnyOf(
    'attemptId',
    attempts.map((a) => a.id),
  );
  const resultOf = new Map(results.map((r) => [r.attemptId as string, r]));
  // Items read with their tombstones, as the gradebook's mastery does: a removed item still scored the attempt.
  const items = await db.rows('items').bulkGet([...new Set(results.flatMap((r) => (r.itemScores ?? []).map((s) => s.itemId as string)))]);
  const topicOfItem = new Map(items.flatMap((i) => (i ? [[i.id, i.topicId as string] as const] : [])));
  const topicRows = await liveRows(db, 'topics').bulkGet([...new Set(topicOfItem.values())]);
  const sectionRows = await liveRows(db, 'sections').bulkGet([...new Set(topicRows.map((t) => t.sectionId as string))]);
  const topics: ReportTopic[] = topicRows.map((t) => ({ id: t.id, sectionId: t.sectionId, order: t.order, titles: t.titles }));
  const sections: ReportSection[] = sectionRows.map((s) => ({ id: s.id, order: s.order, titles: s.titles }));

  const answerIds = sources.feedback.filter((f) => f.aboutKind === 'answer').map((f) => f.aboutId as string);
  const answers = await liveRows(db, 'answers').bulkGet(answerIds);
  const attemptOfAnswer = new Map(answers.map((a) => [a.id as string, a.attemptId as string]));
  const assessmentOf = new Map(book.columns.map((c) => [c.assessment.id as string, c.assessment]));
  const titleOfAssignment = new Map(given.map((g) => [g.id as string, assessmentOf.get(g.assessmentId ?? '')?.title]));

  const inputs = new Map<string, SubjectInput>();
  for (const row of book.rows) {
    const pupilId = row.pupil.id as string;
    if (!pupilIds.has(pupilId)) continue;
    const works: ReportWork[] = [
      ...book.columns.flatMap((c) => {
        const cell = row.cells.get(c.assessment.id);
        return cell
          ? [{ assessmentId: c.assessment.id, title: c.assessment.title, component: c.component, score: cell.score, maxScore: cell.maxScore }]
          : [];
      }),
      ...row.carried.map((w) => ({
        assessmentId: w.assessment.id,
        title: w.assessment.title,
        component: w.component,
        score: w.cell.score,
        maxScore: w.cell.maxScore,
        carriedFrom: w.classSetName,
      })),
    ];
    const own = attempts.filter((a) => a.pupilId === pupilId);
    const itemScores: ReportItemScore[] = own.flatMap((a) =>
      (resultOf.get(a.id)?.itemScores ?? []).flatMap((s) =>
        topicOfItem.has(s.itemId) ? [{ topicId: topicOfItem.get(s.itemId)!, points: s.points, maxPoints: s.maxPoints }] : [],
      ),
    );
    const markings: ReportMarking[] = book.columns.flatMap((c) => {
      // Descriptors of the attempt that makes the cell; a typed score has none.
      if (!hasRubric(c.assessment) || row.cells.get(c.assessment.id)?.source !== 'attempt') return [];
      const result = countedResult(
        given.filter((g) => g.assessmentId === c.assessment.id),
        own,
        resultOf,
        c.assessment,
      );
      return result?.descriptorsReached
        ? [{ assessmentId: c.assessment.id, title: c.assessment.title, criteria: c.assessment.criteria, reached: result.descriptorsReached }]
        : [];
    });
    const aboutTitle = new Map<string, string | undefined>([
      ...own.map((a) => [a.id as string, assessmentOf.get(a.assessmentId)?.title] as const),
      ...works.map((w) => [typedMarkIdOf(w.assessmentId, pupilId), w.title] as const),
      ...titleOfAssignment,
    ]);
    const feedback: ReportFeedback[] = sources.feedback
      .filter((f) => f.pupilId === pupilId)
      .flatMap((f) => {
        const aboutId = f.aboutKind === 'answer' ? attemptOfAnswer.get(f.aboutId) : (f.aboutId as string);
        if (aboutId === undefined || !aboutTitle.has(aboutId)) return [];
        return [{ text: f.text, givenAt: f.givenAt, about: aboutTitle.get(aboutId) }];
      });
    if (works.length === 0) continue;
    inputs.set(pupilId, {
      subjectId: sources.subjectId,
      names: sources.names,
      term: row.term,
      works,
      itemScores,
      topics,
      sections,
      markings,
      feedback,
    });
  }
  return inputs;
}

/** The result of the attempt that counts by the assignment's rule, as the gradebook's cell picks it. */
function countedResult(
  given: readonly RowOf<'assignments'>[],
  attempts: readonly RowOf<'attempts'>[],
  resultOf: ReadonlyMap<string, RowOf<'attemptResults'>>,
  assessment: RowOf<'assessments'>,
): RowOf<'attemptResults'> | undefined {
  let result: RowOf<'attemptResults'> | undefined;
  for (const g of given) {
    const own = attempts.filter((a) => a.assignmentId === g.id).map((a) => attemptTotal(a, resultOf.get(a.id), assessment));
    const counted = countedAttempt(own, g.counting);
    if (counted?.total !== undefined && !counted.awaitingMarking) result = counted.result;
  }
  return result;
}
