/**
 * A pupil taking an assessment on their laptop, offline: the items are drawn once and kept;
 * each answer is stored as given (with its synced row); a closed browser (a new database
 * handle on the same IndexedDB) resumes at the same items, answers and deadline; a
 * self-check scores at once from the keys it holds, a summative carries no score of its
 * own; a late submission is flagged; attempts beyond the limit are refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TableName } from '@/domain/tables';
import { remoteRow } from '../db/remoteRow';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { attemptCommands } from '@/client/selfStudy/attemptCommands';
import { readAttemptPaper } from '@/client/selfStudy/readAttemptPaper';
import { readMyWork } from '@/client/selfStudy/readMyWork';
import { readMyResults } from '@/client/selfStudy/readMyResults';
import { AssessmentError } from '@/client/assessments/assessmentError';
import { makeDb, PUPIL_USER, testEnv, uniqueDbName } from '../db/testDb';

const NOW = Date.UTC(2026, 11, 4, 6, 0);
const PUPIL = 'pupil-1';
const CLASS = 'class-56';
const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const row = (table: TableName, id: string, fields: Record<string, unknown>) => remoteRow(table, id, fields, NOW - 60_000);
const item = (id: string, topicId: string, value: number, selfCheck = false) =>
  row('items', id, {
    kind: 'number',
    prompt: `${id}?`,
    points: 1,
    subjectId: 'math',
    grade: 5,
    topicId,
    language: 'kk',
    // As a pupil's laptop holds them: a key only for self-check items (fieldsSeenBy).
    ...(selfCheck ? { key: { kind: 'number', value, tolerance: 0 }, explanation: `${value}`, selfCheck: true } : {}),
  });

async function pupilLaptop(name = uniqueDbName(), env = testEnv(NOW)) {
  const db = makeDb(name, { env });
  opened.push(db);
  return { db, env };
}

async function seed(
  db: SandyqDb,
  options: { selfCheck?: boolean; maxAttempts?: number; timeLimitMinutes?: number; dueAt?: number; writtenTask?: boolean } = {},
) {
  const selfCheck = options.selfCheck === true;
  await applyRemoteChanges(db, [
    row('pupils', PUPIL, { surname: 'Ахметова', name: 'Дана', grade: 5, classSetId: CLASS, status: 'active' }),
    ...['a1', 'a2', 'a3', 'a4'].map((id, i) => item(id, 'topic-a', i, selfCheck)),
    ...['b1', 'b2', 'b3'].map((id, i) => item(id, 'topic-b', 10 + i, selfCheck)),
    row('assessments', 'bzhb', {
      kind: selfCheck ? 'formative' : 'sectionSummative',
      ...(selfCheck ? { selfCheck: true } : { quarter: 2, sectionId: 'section-1' }),
      title: 'БЖБ',
      subjectId: 'math',
      grades: [5],
      authorId: 'staff-1',
      language: 'kk',
      criteria: options.writtenTask ? [{ text: 'Түсіндіреді', descriptors: [{ text: 'ережені атайды', points: 1 }] }] : [],
      ...(options.writtenTask ? { writtenTasks: [{ id: 'w1', prompt: 'Түсіндір.' }] } : {}),
      selection: { kind: 'draw', perTopic: 2, topicIds: ['topic-a', 'topic-b'] },
      maxScore: 4,
    }),
    row('assignments', 'given', {
      assessmentId: 'bzhb',
      classSetId: CLASS,
      assignedById: 'staff-1',
      opensAt: NOW - 3_600_000,
      ...(options.dueAt !== undefined ? { dueAt: options.dueAt } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      ...(options.timeLimitMinutes ? { timeLimitMinutes: options.timeLimitMinutes } : {}),
    }),
  ]);
}

describe('taking an assessment offline', () => {
  it('resumes after the browser closes halfway: the same items, the answers given, the deadline counted from the start', async () => {
    const name = uniqueDbName();
    const first = await pupilLaptop(name);
    await seed(first.db, { timeLimitMinutes: 20 });
    const id = await attemptCommands.startAttempt(first.db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given' });
    const paper = (await readAttemptPaper(first.db, id))!;
    expect(paper.items).toHaveLength(4);
    expect(paper.deadlineAt).toBe(NOW + 20 * 60_000);
    await attemptCommands.answerItem(first.db, PUPIL_USER, id, paper.items[0]!.id, { kind: 'number', value: 1 }, 4_000);
    await attemptCommands.moveTo(first.db, PUPIL_USER, id, 1);
    first.db.close();

    const env = testEnv(NOW + 5 * 60_000);
    const again = await pupilLaptop(name, env);
    // Opening the task again resumes the attempt rather than starting a second.
    expect(await attemptCommands.startAttempt(again.db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given' })).toBe(id);
    const resumed = (await readAttemptPaper(again.db, id))!;
    expect(resumed.items.map((i) => i.id)).toEqual(paper.items.map((i) => i.id));
    expect(resumed.draft.responses).toEqual({ [paper.items[0]!.id]: { kind: 'number', value: 1 } });
    expect(resumed.draft.position).toBe(1);
    expect(resumed.deadlineAt).toBe(NOW + 20 * 60_000);
    expect((await readMyWork(again.db, PUPIL, env.now()))[0]).toMatchObject({ status: 'inProgress', attemptsUsed: 1 });
    // The answer went out as its own synced row as soon as it was given.
    expect((await again.db.$outbox.toArray()).map((e) => e.table)).toEqual(['answers']);

    env.setNow(NOW + 21 * 60_000);
    await expect(
      attemptCommands.answerItem(again.db, PUPIL_USER, id, paper.items[1]!.id, { kind: 'number', value: 1 }, 1_000),
    ).rejects.toBeInstanceOf(AssessmentError);
    await attemptCommands.submitAttempt(again.db, PUPIL_USER, id, { timedOut: true });
    const attempt = (await again.db.rows('attempts').get(id))!;
    expect(attempt).toMatchObject({ itemIds: paper.items.map((i) => i.id), timedOut: true, startedAt: NOW });
    // A summative carries no score of the laptop's: its keys are not here.
    expect(attempt.score).toBeUndefined();
    expect(await readAttemptPaper(again.db, id)).toBeNull();
    expect((await readMyWork(again.db, PUPIL, env.now()))[0]).toMatchObject({ status: 'waiting' });
  });

  it('the draw is seeded by the attempt and takes N per topic', async () => {
    const { db } = await pupilLaptop();
    await seed(db);
    const id = await attemptCommands.startAttempt(db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given' });
    const items = (await readAttemptPaper(db, id))!.items;
    expect(items.map((i) => i.topicId)).toEqual(['topic-a', 'topic-a', 'topic-b', 'topic-b']);
  });

  it('a self-check gives feedback at once and is scored on the laptop; attempts beyond the limit are refused', async () => {
    const { db } = await pupilLaptop();
    await seed(db, { selfCheck: true, maxAttempts: 1 });
    const id = await attemptCommands.startAttempt(db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given' });
    const items = (await readAttemptPaper(db, id))!.items;
    const values = items.map((i) => (i.key?.kind === 'number' ? i.key.value : NaN));
    const right = await attemptCommands.answerItem(db, PUPIL_USER, id, items[0]!.id, { kind: 'number', value: values[0]! }, 1_000);
    expect(right).toMatchObject({ isCorrect: true, points: 1, explanation: String(values[0]) });
    const wrong = await attemptCommands.answerItem(db, PUPIL_USER, id, items[1]!.id, { kind: 'number', value: -1 }, 1_000);
    expect(wrong).toMatchObject({ isCorrect: false, points: 0 });
    await attemptCommands.submitAttempt(db, PUPIL_USER, id);
    expect((await db.rows('attempts').get(id))!.score).toBe(1);
    expect((await readMyResults(db, PUPIL))[0]).toMatchObject({ countedId: id, attempts: [{ total: 1, maxScore: 4 }] });
    await expect(attemptCommands.startAttempt(db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given' })).rejects.toMatchObject({
      reason: 'assessment.attemptsUsedMessage',
    });
  });

  it('written work is kept as typed and handed in with the attempt', async () => {
    const { db } = await pupilLaptop();
    await seed(db, { writtenTask: true });
    const id = await attemptCommands.startAttempt(db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given' });
    await attemptCommands.writeTask(db, PUPIL_USER, id, 'w1', 'Ортақ бөлімге келтіремін.');
    expect((await readAttemptPaper(db, id))!.draft.written).toEqual({ w1: 'Ортақ бөлімге келтіремін.' });
    await attemptCommands.submitAttempt(db, PUPIL_USER, id);
    expect((await db.rows('attempts').get(id))!.writtenResponses).toEqual([{ taskId: 'w1', text: 'Ортақ бөлімге келтіремін.' }]);
  });

  it('a quick check on a class laptop is recorded for a pupil on the register only', async () => {
    const { db } = await pupilLaptop();
    await seed(db);
    await applyRemoteChanges(db, [
      row('pupils', 'pupil-elsewhere', { surname: 'Сәрсен', name: 'Ерлан', grade: 7, classSetId: 'class-78', status: 'active' }),
    ]);
    await expect(
      attemptCommands.startAttempt(db, PUPIL_USER, { pupilId: 'pupil-elsewhere', assignmentId: 'given', recordedById: 'staff-assistant' }),
    ).rejects.toMatchObject({ reason: 'assessment.notOnRegisterMessage' });
    const id = await attemptCommands.startAttempt(db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given', recordedById: 'staff-assistant' });
    await attemptCommands.submitAttempt(db, PUPIL_USER, id);
    expect(await db.rows('attempts').get(id)).toMatchObject({ pupilId: PUPIL, recordedById: 'staff-assistant' });
  });

  it('a submission after the close date is kept, flagged late', async () => {
    const { db } = await pupilLaptop();
    await seed(db, { dueAt: NOW - 1_000 });
    const id = await attemptCommands.startAttempt(db, PUPIL_USER, { pupilId: PUPIL, assignmentId: 'given' });
    await attemptCommands.submitAttempt(db, PUPIL_USER, id);
    expect((await db.rows('attempts').get(id))!.late).toBe(true);
  });
});
