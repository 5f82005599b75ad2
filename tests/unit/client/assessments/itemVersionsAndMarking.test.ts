/**
 * On a teacher's laptop: editing a saved item stores a new version and moves the
 * assessments that listed it, never touching the old one's content; an attempt that got the
 * old version names it in the marking queue, so the teacher is told; marking by
 * descriptors sets the points and writes the feedback beside the server's score.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { assessmentCommands } from '@/client/assessments/assessmentCommands';
import { itemCommands, type ItemInput } from '@/client/assessments/itemCommands';
import { markingCommands } from '@/client/assessments/markingCommands';
import { readMarkingQueue } from '@/client/assessments/readMarking';
import { readItemBank, readTopicChoices } from '@/client/assessments/readItemBank';
import { readMyResults } from '@/client/selfStudy/readMyResults';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import { formatStamp } from '@/domain/hlc';
import { createRecord } from '@/client/db/writeRecord';
import { makeDb, pupilData, SCHOOL_ID, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const question = (prompt: string, right: number): ItemInput => ({
  kind: 'number',
  prompt,
  key: { kind: 'number', value: right, tolerance: 0 },
  points: 1,
  subjectId: 'math',
  grade: 5,
  language: 'kk',
  section: 'Бөлшектер',
  topic: 'Ондық бөлшектер',
});

describe('item versions and marking on the teacher’s laptop', () => {
  it('a group from two class sets is given one assignment per class set, each narrowed to the group’s pupils in it', async () => {
    const db = makeDb();
    opened.push(db);
    const pupil = (classSetId: string, name: string) => createRecord(db, TEACHER, 'pupils', pupilData({ classSetId, name }));
    const [a, b, c] = [await pupil('class-8', 'Айдос'), await pupil('class-8', 'Бота'), await pupil('class-9', 'Ерлан')];
    await pupil('class-8', 'Жанар');
    const groupId = await createRecord(db, TEACHER, 'groups', {
      name: 'Цифрлық ұстаз: алгебра',
      kind: 'other',
      grade: 8,
      pupilIds: [a, b, c],
      teacherId: 'staff-1',
    });
    const ids = await assessmentCommands.assignToGroup(db, TEACHER, { assessmentId: 'assessment-1', assignedById: 'staff-1', opensAt: 1 }, groupId);
    const given = await Promise.all(ids.map((id) => db.rows('assignments').get(id)));
    expect(given.map((g) => [g!.classSetId, [...(g!.pupilIds ?? [])].sort()]).sort()).toEqual([
      ['class-8', [a, b].sort()],
      ['class-9', [c]],
    ]);
  });

  it('the bank finds current versions by subject, grade, topic, kind and words, an objective’s code among them', async () => {
    const db = makeDb();
    opened.push(db);
    const decimal = await itemCommands.createItem(db, TEACHER, { ...question('0,5 + 0,25 = ?', 0.75), objectiveCode: '5.1.2.1' });
    await itemCommands.createItem(db, TEACHER, { ...question('Жай бөлшек?', 1), topic: 'Жай бөлшектер' });
    await itemCommands.saveItemVersion(db, TEACHER, decimal, { ...question('0,5 + 0,25 = ? (ондық)', 0.75), objectiveCode: '5.1.2.1' });
    const find = async (filter: Parameters<typeof readItemBank>[2]) => (await readItemBank(db, SCHOOL_ID, filter)).map((b) => b.item.prompt);
    expect(await find({})).toHaveLength(2);
    expect(await find({ text: '5.1.2.1' })).toEqual(['0,5 + 0,25 = ? (ондық)']);
    expect(await find({ text: 'ОНДЫҚ' })).toEqual(['0,5 + 0,25 = ? (ондық)']);
    expect(await find({ subjectId: 'math', grade: 5, kind: 'number' })).toHaveLength(2);
    expect(await find({ grade: 6 })).toEqual([]);
    const [topic] = (await readTopicChoices(db, 'math', 5)).filter((tp) => tp.titles.kk === 'Жай бөлшектер');
    expect(await find({ topicId: topic!.id })).toEqual(['Жай бөлшек?']);
  });

  it('a change is a new version, the assessment moves to it, and an attempt on the old one is flagged for the teacher', async () => {
    const db = makeDb();
    opened.push(db);
    const first = await itemCommands.createItem(db, TEACHER, question('0,5 + 0,25 = ?', 0.75));
    const second = await itemCommands.createItem(db, TEACHER, question('1,2 × 10 = ?', 12));
    await expect(itemCommands.createItem(db, TEACHER, { ...question('', 1) })).rejects.toThrow();
    const assessmentId = await assessmentCommands.saveAssessment(db, TEACHER, {
      kind: 'formative',
      title: 'Ондық бөлшектер',
      subjectId: 'math',
      grades: [5],
      authorId: 'staff-1',
      language: 'kk',
      criteria: [
        {
          text: 'Түсіндіреді',
          descriptors: [
            { text: 'ережені атайды', points: 1 },
            { text: 'мысал келтіреді', points: 2 },
          ],
        },
      ],
      selection: { kind: 'fixed', itemIds: [first, second] },
    });
    expect((await db.rows('assessments').get(assessmentId))!.maxScore).toBe(5);

    const v2 = await itemCommands.saveItemVersion(db, TEACHER, first, question('0,5 + 0,25 = ? (ондық бөлшекпен)', 0.75));
    // A version made self-check would carry its key to pupils into the summative that lists it: refused, nothing stored.
    const summativeId = await assessmentCommands.saveAssessment(db, TEACHER, {
      kind: 'sectionSummative',
      title: 'БЖБ',
      subjectId: 'math',
      grades: [5],
      quarter: 2,
      sectionId: 'section-1',
      authorId: 'staff-1',
      language: 'kk',
      criteria: [],
      selection: { kind: 'fixed', itemIds: [second] },
    });
    await expect(itemCommands.saveItemVersion(db, TEACHER, second, { ...question('1,2 × 10 = ?', 12), selfCheck: true })).rejects.toMatchObject({
      reason: 'assessment.selfCheckInSummativeMessage',
    });
    expect((await db.rows('items').get(second))!.supersededById).toBeUndefined();
    expect((await db.rows('assessments').get(summativeId))!.selection).toEqual({ kind: 'fixed', itemIds: [second] });
    const old = (await db.rows('items').get(first))!;
    expect(old).toMatchObject({ prompt: '0,5 + 0,25 = ?', supersededById: v2 });
    expect(await db.rows('items').get(v2)).toMatchObject({ versionOf: first, version: 2 });
    expect((await db.rows('assessments').get(assessmentId))!.selection).toEqual({ kind: 'fixed', itemIds: [v2, second] });

    // A pupil's attempt on the old version arrives by sync, with the server's score.
    const stamp = formatStamp({ millis: Date.UTC(2026, 8, 1, 9), counter: 0, node: '00000000000000bb' });
    const clocks = (fields: Record<string, unknown>) => Object.fromEntries(Object.keys(fields).map((f) => [f, stamp]));
    const attempt = {
      assessmentId,
      pupilId: 'pupil-1',
      startedAt: 1,
      submittedAt: 2,
      maxScore: 5,
      itemIds: [first, second],
      writtenResponses: [{ taskId: 'w1', text: 'Ондық үтір' }],
    };
    const result = { attemptId: 'attempt-1', pupilId: 'pupil-1', assessmentId, autoPoints: 1, autoMaxPoints: 2, scoredAt: 3 };
    await applyRemoteChanges(db, [
      {
        table: 'pupils',
        id: 'pupil-1',
        schoolId: SCHOOL_ID,
        fields: { surname: 'Ахметова', name: 'Дана', grade: 5, classSetId: 'c', status: 'active' },
        clocks: clocks({ surname: 1, name: 1, grade: 1, classSetId: 1, status: 1 }),
      },
      { table: 'attempts', id: 'attempt-1', schoolId: SCHOOL_ID, fields: attempt, clocks: clocks(attempt) },
      { table: 'attemptResults', id: attemptResultIdOf('attempt-1'), schoolId: SCHOOL_ID, fields: result, clocks: clocks(result) },
    ]);
    const [queued] = await readMarkingQueue(db, SCHOOL_ID);
    expect(queued).toMatchObject({ needsRubric: true, needsLateDecision: false });
    expect(queued!.editedItems.map((i) => i.id)).toEqual([first]);

    await markingCommands.markAttempt(db, TEACHER, 'attempt-1', {
      markedById: 'staff-1',
      descriptorsReached: [
        [0, 1],
        [0, 1],
      ],
      feedback: 'Мысалың жақсы.',
    });
    expect(await db.rows('attemptResults').get(attemptResultIdOf('attempt-1'))).toMatchObject({
      autoPoints: 1,
      rubricPoints: 2,
      descriptorsReached: [[0, 1]],
    });
    expect(await readMarkingQueue(db, SCHOOL_ID)).toEqual([]);
    expect((await readMyResults(db, 'pupil-1'))[0]).toMatchObject({
      attempts: [{ total: 3, maxScore: 5 }],
      descriptorsReached: [{ descriptor: 'мысал келтіреді', points: 2 }],
      feedback: ['Мысалың жақсы.'],
    });
    // Only the marking went out: the server's score is the server's.
    const sent = (await db.$outbox.toArray()).filter((e) => e.table === 'attemptResults').flatMap((e) => Object.keys(e.fields));
    expect(sent.some((f) => ['autoPoints', 'itemScores', 'scoredAt'].includes(f))).toBe(false);
  });
});
