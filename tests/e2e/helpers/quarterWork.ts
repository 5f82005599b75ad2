/**
 * A quarter of scored work in the demo school, made the way a school makes it: the tasks
 * and items stored on the server, each pupil's attempt sent over the real sync API from the
 * pupil's own account, and scored by the server in the transaction that stores it. The
 * dates sit inside the demo year's quarter 2 whatever day the test runs.
 */
import { randomUUID } from 'node:crypto';
import { formatStamp } from '@/domain/hlc';
import type { TableName } from '@/domain/tables';
import { writeSystemRecords } from '@/server/accounts/writeSystemRecords';
import { ServerClock } from '@/server/sync/serverClock';
import type { DemoServer } from './demoSchool';

export const QUARTER_2_DAY = Date.UTC(2026, 10, 16, 5);

export interface QuarterTask {
  readonly assessmentId: string;
  readonly assignmentId: string;
  readonly itemIds: readonly string[];
}

type Row = { table: TableName; id: string; fields: Record<string, unknown> };

export function demoIds(demo: DemoServer) {
  const records = demo.server.demo!.records;
  const classSetId = records.find((r) => r.table === 'classSets' && r.fields.name === '5-6')!.id;
  const subjectId = records.find((r) => r.table === 'subjects' && r.fields.code === 'mathematics')!.id;
  const pupils = demo.server
    .demo!.accounts.filter((a) => a.pupilId && records.find((r) => r.id === a.pupilId)?.fields.classSetId === classSetId)
    .map((a) => ({ ...a, record: records.find((r) => r.id === a.pupilId)! }));
  return { schoolId: demo.server.demo!.school.id, classSetId, subjectId, pupils, teacherStaffId: demo.account('teacher4').staffId! };
}

export async function storeOnServer(demo: DemoServer, rows: readonly Row[]): Promise<void> {
  const clock = new ServerClock(() => Date.now());
  await demo.database.transaction((tx) => writeSystemRecords(tx, demo.server.demo!.school.id, rows, clock));
}

/** Two number items of 2 points each and a task of them given to 5-6, opening in quarter 2. */
export async function giveTask(demo: DemoServer, kind: 'formative' | 'sectionSummative', title: string): Promise<QuarterTask> {
  const ids = demoIds(demo);
  const itemIds = [randomUUID(), randomUUID()];
  const task = { assessmentId: randomUUID(), assignmentId: randomUUID(), itemIds };
  const topicId = randomUUID();
  const item = (prompt: string, value: number) => ({
    subjectId: ids.subjectId,
    topicId,
    grade: 5,
    language: 'kk',
    points: 2,
    kind: 'number',
    prompt,
    key: { kind: 'number', value, tolerance: 0 },
  });
  await storeOnServer(demo, [
    {
      table: 'topics',
      id: topicId,
      fields: { sectionId: randomUUID(), subjectId: ids.subjectId, grade: 5, order: 0, titles: { kk: title, ru: title } },
    },
    { table: 'items', id: itemIds[0]!, fields: item('3 × 4 = ?', 12) },
    { table: 'items', id: itemIds[1]!, fields: item('20 : 5 = ?', 4) },
    {
      table: 'assessments',
      id: task.assessmentId,
      fields: {
        kind,
        title,
        subjectId: ids.subjectId,
        grades: [5, 6],
        authorId: ids.teacherStaffId,
        language: 'kk',
        criteria: [],
        selection: { kind: 'fixed', itemIds },
        maxScore: 4,
        ...(kind === 'sectionSummative' ? { quarter: 2, sectionId: randomUUID() } : {}),
      },
    },
    {
      table: 'assignments',
      id: task.assignmentId,
      fields: { assessmentId: task.assessmentId, classSetId: ids.classSetId, assignedById: ids.teacherStaffId, opensAt: QUARTER_2_DAY },
    },
  ]);
  return task;
}

/** A written ТЖБ on paper (out of 10), given to 5-6: its marks are typed in the gradebook. */
export async function givePaperTermTest(demo: DemoServer, title: string): Promise<QuarterTask> {
  const ids = demoIds(demo);
  const task = { assessmentId: randomUUID(), assignmentId: randomUUID(), itemIds: [] };
  await storeOnServer(demo, [
    {
      table: 'assessments',
      id: task.assessmentId,
      fields: {
        kind: 'termSummative',
        title,
        subjectId: ids.subjectId,
        grades: [5, 6],
        quarter: 2,
        authorId: ids.teacherStaffId,
        language: 'kk',
        criteria: [{ text: 'Есептер шығарады', descriptors: [{ text: 'жазбаша жұмыс', points: 10 }] }],
        selection: { kind: 'fixed', itemIds: [] },
        maxScore: 10,
      },
    },
    {
      table: 'assignments',
      id: task.assignmentId,
      fields: { assessmentId: task.assessmentId, classSetId: ids.classSetId, assignedById: ids.teacherStaffId, opensAt: QUARTER_2_DAY },
    },
  ]);
  return task;
}

/** The pupil answers `right` of the task's two items correctly, from their own account over the sync API. */
export async function submitAttempt(demo: DemoServer, pupil: PupilAccount, task: QuarterTask, right: 0 | 1 | 2): Promise<void> {
  await sendAttempt(demo, pupil, task, [
    { itemId: task.itemIds[0]!, response: { kind: 'number', value: right >= 1 ? 12 : 11 } },
    { itemId: task.itemIds[1]!, response: { kind: 'number', value: right >= 2 ? 4 : 5 } },
  ]);
}

type PupilAccount = { login: string; password: string; pupilId?: string | undefined };

/** The pupil hands in these responses on a laptop of their own: signed in, one append over the sync API, as protocol v1 sends it. */
export async function sendAttempt(
  demo: DemoServer,
  pupil: PupilAccount,
  task: QuarterTask,
  responses: ReadonlyArray<{ itemId: string; response: Record<string, unknown> }>,
  maxScore = 4,
): Promise<void> {
  const url = demo.server.url;
  const deviceId = randomUUID();
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: pupil.login, password: pupil.password, deviceId }),
  });
  if (!login.ok) throw new Error(`sign-in of ${pupil.login}: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const fields = {
    assignmentId: task.assignmentId,
    assessmentId: task.assessmentId,
    pupilId: pupil.pupilId,
    startedAt: QUARTER_2_DAY + 60_000,
    submittedAt: QUARTER_2_DAY + 600_000,
    maxScore,
    itemIds: task.itemIds,
    responses,
  };
  const stamp = formatStamp({ millis: Date.now(), counter: 0, node: '00000000000000aa' });
  const mutation = {
    seq: 1,
    kind: 'append',
    table: 'attempts',
    id: randomUUID(),
    schoolId: demo.server.demo!.school.id,
    fields,
    clocks: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp])),
  };
  const res = await fetch(`${url}/api/v1/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ protocol: 1, deviceId, mutations: [mutation], cursor: null, pull: false, clientTime: Date.now() }),
  });
  const header = JSON.parse((await res.text()).split('\n')[0]!) as { rejected?: unknown[] };
  if (!res.ok || header.rejected?.length) throw new Error(`attempt of ${pupil.login} refused: ${res.status} ${JSON.stringify(header)}`);
}
