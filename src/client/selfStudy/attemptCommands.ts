/**
 * A pupil taking an assessment on this laptop, offline. Starting draws the items once (a
 * seeded draw: the attempt's id is the seed) and records them in the attempt's draft; each
 * answer is stored as it is given, with its synced `answers` row in the same transaction;
 * submitting writes the attempt (the paper: every final response) and removes the draft in
 * one transaction. A self-check item holds its key here, so it is scored at once; any other
 * is scored on the server after sync.
 *
 * Starting again while a draft exists resumes it: a pupil who closed the browser halfway
 * comes back to the same items and answers, with the time limit counted from the start.
 */
import { drawItems } from '@/domain/grading/drawItems';
import { scoreAnswer } from '@/domain/grading/scoreAnswer';
import { scoreAttempt, type ScorableItem } from '@/domain/grading/scoreAttempt';
import type { ItemResponse } from '@/domain/entities/answer';
import { rubricMaxPoints, type Assessment } from '@/domain/entities/assessment';
import { isAssignedTo } from '@/domain/entities/assignment';
import { seededRandom } from '@/domain/seededRandom';
import { isoDate } from '@/domain/dates';
import { readDraft, readDraftsOf, putDraft, removeDraft, withDraft, type AttemptDraft } from '../db/attemptDrafts';
import type { Author } from '../db/author';
import { appendRecord } from '../db/appendRecord';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { readDeviceId } from '../db/queries/readDeviceId';
import type { NewRecord } from '../db/recordRow';
import { newRecordId } from '../db/writeRecord';
import { AssessmentError, AssessmentErrorReason as R } from '../assessments/assessmentError';
import { drawPool } from '../assessments/assessmentCommands';
import { useCommands } from '../workspace/useCommands';

/** A little grace after the limit, for an answer given in its last second. */
const DEADLINE_GRACE_MS = 5_000;

export interface StartAttempt {
  readonly pupilId: string;
  readonly assignmentId: string;
  /** The assistant recording a pupil's answers on a class laptop (the quick check). */
  readonly recordedById?: string | undefined;
}

export interface AnswerOutcome {
  /** Present for a self-check item: the pupil sees it at once. */
  readonly isCorrect?: boolean | undefined;
  readonly points?: number | undefined;
  readonly maxPoints: number;
  readonly explanation?: string | undefined;
}

async function countAttempts(db: SandyqDb, pupilId: string, assignmentId: string): Promise<number> {
  const submitted = await liveRows(db, 'attempts').where('[assignmentId+pupilId]', [assignmentId, pupilId]);
  const drafts = (await readDraftsOf(db, pupilId)).filter((d) => d.assignmentId === assignmentId);
  return submitted.length + drafts.length;
}

async function startAttempt(db: SandyqDb, _author: Author, start: StartAttempt): Promise<string> {
  const { pupilId, assignmentId } = start;
  const inProgress = (await readDraftsOf(db, pupilId)).find((d) => d.assignmentId === assignmentId);
  if (inProgress) return inProgress.id;
  const assignment = await liveRows(db, 'assignments').get(assignmentId);
  const assessment = assignment?.assessmentId ? await liveRows(db, 'assessments').get(assignment.assessmentId) : undefined;
  if (!assignment || !assessment) throw new AssessmentError(R.notFound);
  // A quick check is recorded for a pupil chosen from the register: only a current pupil of the class set, given the task.
  const pupil = await liveRows(db, 'pupils').get(pupilId);
  const isOnRegister = pupil?.status === 'active' && (assignment.classSetId === undefined || pupil.classSetId === assignment.classSetId);
  if (!isOnRegister || !isAssignedTo(assignment, pupilId)) throw new AssessmentError(start.recordedById ? R.notOnRegister : R.notFound);
  const now = db.env.now();
  if (assignment.opensAt > now) throw new AssessmentError(R.notOpenYet, { date: isoDate(assignment.opensAt) });
  const used = await countAttempts(db, pupilId, assignmentId);
  if (assignment.maxAttempts !== undefined && used >= assignment.maxAttempts)
    throw new AssessmentError(R.attemptsUsed, { count: assignment.maxAttempts });

  const id = newRecordId(db);
  const pool = assessment.selection.kind === 'draw' ? await drawPool(db, assessment) : [];
  const drawn = drawItems(assessment.selection, pool, seededRandom(id).next);
  if (!drawn.ok)
    throw new AssessmentError(R.notEnoughItems, { topic: '', count: assessment.selection.kind === 'draw' ? assessment.selection.perTopic : 0 });
  const items = await liveRows(db, 'items').bulkGet(drawn.itemIds);
  if (items.length !== drawn.itemIds.length) throw new AssessmentError(R.notFound);
  const draft: AttemptDraft = {
    id,
    pupilId,
    assignmentId,
    assessmentId: assessment.id,
    deviceId: await readDeviceId(db),
    startedAt: now,
    deadlineAt: assignment.timeLimitMinutes ? now + assignment.timeLimitMinutes * 60_000 : undefined,
    itemIds: drawn.itemIds,
    maxScore: Math.max(items.reduce((sum, i) => sum + i.points, 0) + rubricMaxPoints(assessment.criteria), 1),
    responses: {},
    written: {},
    position: 0,
    recordedById: start.recordedById,
  };
  await withDraft(db, [], () => putDraft(db, draft));
  return id;
}

async function answerItem(
  db: SandyqDb,
  author: Author,
  attemptId: string,
  itemId: string,
  response: ItemResponse,
  timeSpentMs: number,
): Promise<AnswerOutcome> {
  return withDraft(db, ['answers', 'items'], async () => {
    const draft = await readDraft(db, attemptId);
    const item = await db.rows('items').get(itemId);
    if (!draft || !item || !draft.itemIds.includes(itemId)) throw new AssessmentError(R.notFound);
    const now = db.env.now();
    if (draft.deadlineAt !== undefined && now > draft.deadlineAt + DEADLINE_GRACE_MS) throw new AssessmentError(R.timeUp);
    // Only a self-check item has its key on a pupil's laptop (fieldsSeenBy).
    const score = item.key ? scoreAnswer({ key: item.key, points: item.points }, response) : undefined;
    const answer: NewRecord<'answers'> = {
      attemptId,
      pupilId: draft.pupilId,
      itemId,
      assessmentId: draft.assessmentId,
      response,
      maxPoints: item.points,
      timeSpentMs: Math.max(0, Math.min(Math.round(timeSpentMs), 3 * 3_600_000)),
      answeredAt: now,
      ...(score ? { isCorrect: score.isCorrect, points: score.points } : {}),
    };
    await appendRecord(db, author, 'answers', answer);
    await putDraft(db, { ...draft, responses: { ...draft.responses, [itemId]: response } });
    return { isCorrect: score?.isCorrect, points: score?.points, maxPoints: item.points, explanation: score ? item.explanation : undefined };
  });
}

async function editDraft(db: SandyqDb, attemptId: string, change: (d: AttemptDraft) => AttemptDraft): Promise<void> {
  await withDraft(db, [], async () => {
    const draft = await readDraft(db, attemptId);
    if (!draft) throw new AssessmentError(R.notFound);
    await putDraft(db, change(draft));
  });
}

async function submitAttempt(
  db: SandyqDb,
  author: Author,
  attemptId: string,
  /** `written`: the written work as on screen, newer than the draft's when typed just now. */
  options: { timedOut?: boolean; written?: Readonly<Record<string, string>> } = {},
): Promise<string> {
  return withDraft(db, ['attempts', 'assignments', 'assessments', 'items'], async () => {
    const draft = await readDraft(db, attemptId);
    if (!draft) throw new AssessmentError(R.notFound);
    const [assignment, assessment] = await Promise.all([
      draft.assignmentId ? db.rows('assignments').get(draft.assignmentId) : undefined,
      db.rows('assessments').get(draft.assessmentId),
    ]);
    const now = db.env.now();
    const responses = draft.itemIds.flatMap((itemId) => (draft.responses[itemId] ? [{ itemId, response: draft.responses[itemId]! }] : []));
    const written = Object.entries({ ...draft.written, ...options.written })
      .filter(([, text]) => text.trim() !== '')
      .map(([taskId, text]) => ({ taskId, text }));
    const score = assessment?.selfCheck === true ? await scoreHere(db, draft, assessment) : undefined;
    const attempt: NewRecord<'attempts'> = {
      assessmentId: draft.assessmentId,
      pupilId: draft.pupilId,
      startedAt: draft.startedAt,
      submittedAt: Math.max(now, draft.startedAt),
      maxScore: draft.maxScore,
      itemIds: [...draft.itemIds],
      responses,
      ...(draft.assignmentId ? { assignmentId: draft.assignmentId } : {}),
      ...(draft.deviceId ? { deviceId: draft.deviceId } : {}),
      ...(written.length ? { writtenResponses: written } : {}),
      ...(score !== undefined ? { score: Math.min(score, draft.maxScore) } : {}),
      ...(assignment?.dueAt !== undefined && now > assignment.dueAt ? { late: true } : {}),
      ...(options.timedOut ? { timedOut: true } : {}),
      ...(draft.recordedById ? { recordedById: draft.recordedById } : {}),
    };
    await appendRecord(db, author, 'attempts', attempt, { id: draft.id });
    await removeDraft(db, draft.id);
    return draft.id;
  });
}

/** A self-check's score on this laptop, from the keys it holds. */
async function scoreHere(db: SandyqDb, draft: AttemptDraft, assessment: Pick<Assessment, 'selection'>): Promise<number | undefined> {
  const items = await liveRows(db, 'items').bulkGet(draft.itemIds);
  if (items.some((i) => !i.key)) return undefined;
  const scorable = new Map<string, ScorableItem>(
    items.map((i) => [i.id, { id: i.id, key: i.key!, points: i.points, topicId: i.topicId, versionOf: i.versionOf }]),
  );
  const responses = Object.entries(draft.responses).map(([itemId, response]) => ({ itemId, response }));
  return scoreAttempt({ itemIds: draft.itemIds, responses }, assessment, scorable).autoPoints;
}

export const attemptCommands = {
  startAttempt,
  answerItem,
  /** The written work as typed; kept in the draft until the attempt is submitted. */
  writeTask: (db: SandyqDb, _author: Author, attemptId: string, taskId: string, text: string) =>
    editDraft(db, attemptId, (d) => ({ ...d, written: { ...d.written, [taskId]: text } })),
  /** Which item the pupil is on, so a resumed attempt opens there. */
  moveTo: (db: SandyqDb, _author: Author, attemptId: string, position: number) => editDraft(db, attemptId, (d) => ({ ...d, position })),
  submitAttempt,
};

export const useAttemptCommands = () => useCommands(attemptCommands);
