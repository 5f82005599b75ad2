/**
 * Summative work is scored on the server: a pupil's laptop never holds the key of an item
 * that is not self-check, so the server scores each submitted attempt, in the transaction
 * that stores it, against the item versions the pupil got. A pupil's attempt is hostile:
 * items foreign to the assessment score nothing, and nothing a pupil sends stops the sync.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import { RejectionReason } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { openSecurityFixture, type SecurityFixture } from '../security/securityFixture';

describe.each(TEST_DATABASES)('server scoring on $name', (kind) => {
  let f: SecurityFixture;
  const ids = { q1: randomUUID(), q2: randomUUID(), q2v2: randomUUID(), practice: randomUUID(), assessment: randomUUID(), assignment: randomUUID() };
  const subjectId = randomUUID();
  const topicId = randomUUID();
  const common = { subjectId, grade: 5, topicId, language: 'kk', points: 2 };
  const q1 = { ...common, kind: 'number', prompt: '7 × 8 = ?', key: { kind: 'number', value: 56, tolerance: 0 }, explanation: 'Жеті сегіз елу алты' };
  const q2 = {
    ...common,
    kind: 'single',
    prompt: 'Қазақстанның астанасы?',
    options: [
      { id: 'a', text: 'Алматы' },
      { id: 'b', text: 'Астана' },
    ],
    key: { kind: 'single', optionId: 'b' },
  };

  beforeAll(async () => {
    f = await openSecurityFixture(kind);
    const pupilRecord = f.server.demo!.records.find((r) => r.table === 'pupils' && r.id === f.accounts.pupil.pupilId)!;
    await f.seed(f.schoolId, [
      { table: 'items', id: ids.q1, fields: q1 },
      { table: 'items', id: ids.q2, fields: q2 },
      {
        table: 'items',
        id: ids.practice,
        fields: { ...q1, prompt: '2 + 2 = ?', key: { kind: 'number', value: 4, tolerance: 0 }, explanation: 'Екі мен екі', selfCheck: true },
      },
      {
        table: 'assessments',
        id: ids.assessment,
        fields: {
          kind: 'sectionSummative',
          title: 'БЖБ 1',
          subjectId,
          grades: [5],
          quarter: 2,
          sectionId: randomUUID(),
          authorId: f.accounts.teacher.staffId,
          language: 'kk',
          criteria: [{ text: 'Есептейді', descriptors: [{ text: 'дұрыс жазады', points: 2 }] }],
          selection: { kind: 'fixed', itemIds: [ids.q1, ids.q2] },
          maxScore: 6,
        },
      },
      {
        table: 'assignments',
        id: ids.assignment,
        fields: {
          assessmentId: ids.assessment,
          classSetId: pupilRecord.fields.classSetId,
          assignedById: f.accounts.teacher.staffId,
          opensAt: f.time.now - 86_400_000,
          dueAt: f.time.now - 3_600_000,
        },
      },
    ]);
  });
  afterAll(async () => {
    await f.close();
  });

  const resultOf = async (attemptId: string) =>
    (
      await f.server.database!.query<{ data: Record<string, unknown> }>("SELECT data FROM records WHERE tbl = 'attemptResults' AND id = $1", [
        attemptResultIdOf(attemptId),
      ])
    )[0]?.data;
  const submit = async (fields: Record<string, unknown>) => {
    const id = randomUUID();
    const m = f.mutation('pupil', { table: 'attempts', id, schoolId: f.schoolId, fields, kind: 'append' });
    const answer = await f.sync('pupil', [m]);
    expect(answer.status).toBe(200);
    return { id, rejected: answer.header!.rejected.map((r) => r.reason) };
  };
  const paper = (over: Record<string, unknown> = {}) => ({
    assignmentId: ids.assignment,
    assessmentId: ids.assessment,
    pupilId: f.accounts.pupil.pupilId,
    startedAt: f.time.now - 7_200_000,
    submittedAt: f.time.now - 7_000_000,
    maxScore: 6,
    itemIds: [ids.q1, ids.q2],
    responses: [
      { itemId: ids.q1, response: { kind: 'number', value: 56 } },
      { itemId: ids.q2, response: { kind: 'choice', optionIds: ['a'] } },
    ],
    ...over,
  });

  it('scores a submitted attempt against the keys, on time or late, and the pupil pulls the result but no key', async () => {
    const onTime = await submit(paper());
    expect(onTime.rejected).toEqual([]);
    expect(await resultOf(onTime.id)).toMatchObject({
      autoPoints: 2,
      autoMaxPoints: 4,
      late: false,
      itemScores: [
        { itemId: ids.q1, points: 2, isCorrect: true },
        { itemId: ids.q2, points: 0, isCorrect: false },
      ],
    });
    const late = await submit(paper({ startedAt: f.time.now - 60_000, submittedAt: f.time.now }));
    expect(await resultOf(late.id)).toMatchObject({ autoPoints: 2, late: true });

    const pulled = await f.pullAll('pupil');
    const bytes = JSON.stringify(pulled);
    expect(pulled.filter((r) => r.table === 'attemptResults').map((r) => r.fields.attemptId)).toEqual(expect.arrayContaining([onTime.id, late.id]));
    expect(pulled.find((r) => r.id === ids.q1)?.fields).toMatchObject({ prompt: '7 × 8 = ?' });
    expect(bytes).not.toContain('Жеті сегіз');
    expect(
      pulled
        .filter((r) => r.table === 'items' && r.id !== ids.practice)
        .map((r) => Object.keys(r.fields).filter((k) => k === 'key' || k === 'explanation' || k in r.clocks === false)),
    ).toEqual([[], []]);
    expect(JSON.stringify(pulled.filter((r) => r.table === 'items' && r.id !== ids.practice))).not.toContain('"key"');
    // A self-check item carries its key, so practice is scored offline.
    expect(pulled.find((r) => r.id === ids.practice)?.fields.key).toEqual({ kind: 'number', value: 4, tolerance: 0 });
    expect(JSON.stringify((await f.pullAll('teacher')).find((r) => r.id === ids.q1))).toContain('"key"');
  });

  it('scores each item as the version the pupil got, after the item is edited into a new version', async () => {
    await f.sync('teacher', [
      f.mutation('teacher', {
        table: 'items',
        id: ids.q2v2,
        schoolId: f.schoolId,
        fields: { ...q2, key: { kind: 'single', optionId: 'a' }, versionOf: ids.q2, version: 2 },
      }),
      f.mutation('teacher', { table: 'items', id: ids.q2, schoolId: f.schoolId, fields: { supersededById: ids.q2v2 } }),
      f.mutation('teacher', {
        table: 'assessments',
        id: ids.assessment,
        schoolId: f.schoolId,
        fields: { selection: { kind: 'fixed', itemIds: [ids.q1, ids.q2v2] } },
      }),
    ]);
    const sawOld = await submit(paper());
    expect(await resultOf(sawOld.id)).toMatchObject({ autoPoints: 2, autoMaxPoints: 4 });
    const sawNew = await submit(
      paper({ itemIds: [ids.q1, ids.q2v2], responses: [{ itemId: ids.q2v2, response: { kind: 'choice', optionIds: ['a'] } }] }),
    );
    expect(await resultOf(sawNew.id)).toMatchObject({
      autoPoints: 2,
      autoMaxPoints: 4,
      itemScores: [
        { itemId: ids.q1, points: 0 },
        { itemId: ids.q2v2, points: 2 },
      ],
    });
  });

  it('an item is never edited in place: a change of its content is refused, retiring it is not', async () => {
    const answer = await f.sync('teacher', [
      f.mutation('teacher', { table: 'items', id: ids.q1, schoolId: f.schoolId, fields: { key: { kind: 'number', value: 0, tolerance: 0 } } }),
    ]);
    expect(answer.header!.rejected.map((r) => r.reason)).toEqual([RejectionReason.forbidden]);
  });

  it('the scored fields are the server’s: a teacher marks beside them, a pupil writes none', async () => {
    const { id } = await submit(paper());
    const resultId = attemptResultIdOf(id);
    const send = async (actor: 'teacher' | 'pupil', fields: Record<string, unknown>) =>
      (await f.sync(actor, [f.mutation(actor, { table: 'attemptResults', id: resultId, schoolId: f.schoolId, fields })])).header!.rejected.map(
        (r) => r.reason,
      );
    expect(await send('teacher', { autoPoints: 4 })).toEqual([RejectionReason.forbidden]);
    expect(await send('pupil', { rubricPoints: 2 })).toEqual([RejectionReason.forbidden]);
    expect(await send('teacher', { descriptorsReached: [[0, 0]], rubricPoints: 2, markedById: f.accounts.teacher.staffId })).toEqual([]);
    expect(await resultOf(id)).toMatchObject({ autoPoints: 2, rubricPoints: 2 });
  });

  it('a quick check recorded on a class laptop is the recording assistant’s own write, attributed to the pupil; nobody records in another’s name', async () => {
    const record = async (actor: 'assistant' | 'pupil', recordedById: string | undefined) => {
      const id = randomUUID();
      const fields = paper({ ...(recordedById ? { recordedById } : {}) });
      const answer = await f.sync(actor, [f.mutation(actor, { table: 'attempts', id, schoolId: f.schoolId, fields, kind: 'append' })]);
      return { id, rejected: answer.header!.rejected.map((r) => r.reason) };
    };
    const inClass = await record('assistant', f.accounts.assistant.staffId);
    expect(inClass.rejected).toEqual([]);
    expect(await resultOf(inClass.id)).toMatchObject({ pupilId: f.accounts.pupil.pupilId, autoPoints: 2 });
    expect((await record('assistant', f.accounts.teacher.staffId)).rejected).toEqual([RejectionReason.forbidden]);
    expect((await record('pupil', f.accounts.assistant.staffId)).rejected).toEqual([RejectionReason.forbidden]);
  });

  it('a hostile attempt (a foreign item, an item answered twice, an unknown assessment) scores nothing, and stops nobody’s sync', async () => {
    const foreign = await submit(
      paper({
        itemIds: [ids.practice, ids.q1],
        responses: [
          { itemId: ids.practice, response: { kind: 'number', value: 4 } },
          { itemId: ids.q1, response: { kind: 'number', value: 1 } },
          { itemId: ids.q1, response: { kind: 'number', value: 56 } },
        ],
      }),
    );
    expect(foreign.rejected).toEqual([]);
    // The practice item is not part of the БЖБ; q1's last answer counts; q2, left out, still counts towards the maximum.
    expect(await resultOf(foreign.id)).toMatchObject({ autoPoints: 2, autoMaxPoints: 4, itemScores: [{ itemId: ids.q1, points: 2 }] });
    const orphan = await submit(paper({ assessmentId: randomUUID(), assignmentId: randomUUID() }));
    expect(orphan.rejected).toEqual([]);
    // Kept, unscored: there is nothing to score it against.
    expect(await resultOf(orphan.id)).toBeUndefined();
    expect((await f.sync('teacher', [])).status).toBe(200);
  });
});
