/**
 * What teachers change in assessments: an assessment built or corrected, and given to a
 * class set (or some of its pupils) with dates, a time limit and the rule for attempts.
 * Beyond each row's schema, the items must fit the assessment (`checkItemsFit`): no
 * self-check item in a summative (its key is on pupils' laptops), only self-check items in
 * a self-check task, and enough items in each topic for a draw.
 */
import { rubricMaxPoints } from '@/domain/entities/assessment';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { NewRecord } from '../db/recordRow';
import { validateNewRecord } from '../db/validateRecord';
import { writeTogether } from '../db/queries/setupTransaction';
import { createRecord, deleteRecord } from '../db/writeRecord';
import { useCommands } from '../workspace/useCommands';
import { AssessmentError, AssessmentErrorReason as R } from './assessmentError';
import { titleOf } from './readItemBank';

export type AssessmentInput = Omit<NewRecord<'assessments'>, 'maxScore'>;
export type AssignmentInput = NewRecord<'assignments'>;

/** The items a draw of `assessment` may take: current versions of its topics, of its kind of key. */
export async function drawPool(db: SandyqDb, assessment: Pick<AssessmentInput, 'selection' | 'selfCheck' | 'subjectId'>) {
  if (assessment.selection.kind !== 'draw') return [];
  const topics = new Set<string>(assessment.selection.topicIds);
  const items = await liveRows(db, 'items').where('subjectId', assessment.subjectId);
  return items.filter((i) => topics.has(i.topicId) && i.supersededById === undefined && (i.selfCheck === true) === (assessment.selfCheck === true));
}

/** The most the items can give, throwing what makes the assessment impossible. */
async function checkItemsFit(db: SandyqDb, a: AssessmentInput): Promise<number> {
  const isSummative = a.kind !== 'formative';
  const hasWritten = (a.writtenTasks?.length ?? 0) > 0;
  if (a.selection.kind === 'fixed') {
    const items = await liveRows(db, 'items').bulkGet(a.selection.itemIds);
    if (items.length !== new Set(a.selection.itemIds).size) throw new AssessmentError(R.notFound);
    if (items.length === 0 && !hasWritten) throw new AssessmentError(R.nothingToDo);
    if (isSummative && items.some((i) => i.selfCheck === true)) throw new AssessmentError(R.selfCheckInSummative);
    if (a.selfCheck === true && items.some((i) => i.selfCheck !== true)) throw new AssessmentError(R.notSelfCheckInPractice);
    return items.reduce((sum, i) => sum + i.points, 0);
  }
  const pool = await drawPool(db, a);
  const topics = await liveRows(db, 'topics').bulkGet(a.selection.topicIds);
  let max = 0;
  for (const topicId of a.selection.topicIds) {
    const inTopic = pool.filter((i) => i.topicId === topicId);
    if (inTopic.length < a.selection.perTopic) {
      const topic = topics.find((t) => t.id === topicId);
      throw new AssessmentError(R.notEnoughItems, { topic: titleOf(topic?.titles, a.language), count: a.selection.perTopic });
    }
    max += a.selection.perTopic * Math.max(...inTopic.map((i) => i.points));
  }
  return max;
}

async function withMaxScore(db: SandyqDb, a: AssessmentInput): Promise<NewRecord<'assessments'>> {
  validateNewRecord('assessments', { ...a, maxScore: 1 } as Record<string, unknown>);
  const itemsMax = await checkItemsFit(db, a);
  return { ...a, maxScore: Math.max(itemsMax + rubricMaxPoints(a.criteria), 1) };
}

/**
 * Giving to a group: a pupil reads only their own class set's assignments, so the group's
 * pupils are given one assignment per class set they come from, each narrowed to them.
 */
async function assignToGroup(
  db: SandyqDb,
  author: Author,
  input: Omit<AssignmentInput, 'classSetId' | 'groupId' | 'pupilIds'>,
  groupId: string,
): Promise<string[]> {
  return writeTogether(db, ['assignments', 'groups', 'pupils'], async () => {
    const group = await liveRows(db, 'groups').get(groupId);
    if (!group) throw new AssessmentError(R.notFound);
    const pupils = await liveRows(db, 'pupils').bulkGet(group.pupilIds);
    const byClassSet = new Map<string, string[]>();
    for (const p of pupils) if (p.classSetId && p.status === 'active') byClassSet.set(p.classSetId, [...(byClassSet.get(p.classSetId) ?? []), p.id]);
    if (byClassSet.size === 0) throw new AssessmentError(R.notFound);
    const ids: string[] = [];
    for (const [classSetId, pupilIds] of byClassSet) ids.push(await createRecord(db, author, 'assignments', { ...input, classSetId, pupilIds }));
    return ids;
  });
}

export const assessmentCommands = {
  /** Creates the assessment, or replaces the one of `id`; returns its id. */
  saveAssessment: async (db: SandyqDb, author: Author, input: AssessmentInput, id?: string) =>
    createRecord(db, author, 'assessments', await withMaxScore(db, input), id ? { id } : {}),
  removeAssessment: (db: SandyqDb, author: Author, id: string) => deleteRecord(db, author, 'assessments', id),
  assign: (db: SandyqDb, author: Author, input: AssignmentInput) => createRecord(db, author, 'assignments', input),
  assignToGroup,
  removeAssignment: (db: SandyqDb, author: Author, id: string) => deleteRecord(db, author, 'assignments', id),
};

export const useAssessmentCommands = () => useCommands(assessmentCommands);
