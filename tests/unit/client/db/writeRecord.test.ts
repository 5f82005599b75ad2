import { afterEach, describe, expect, it } from 'vitest';
import { appendRecord } from '@/client/db/appendRecord';
import { SandyqDb } from '@/client/db/db';
import { RecordWriteError } from '@/client/db/recordWriteError';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '@/client/db/writeRecord';
import { derivedId } from '@/domain/ids';
import { isStamp } from '@/domain/hlc';
import { ValidationCode } from '@/domain/validation';
import {
  ASSISTANT,
  OTHER_SCHOOL_ID,
  PUPIL_USER,
  SCHOOL_ID,
  TEACHER,
  attemptData,
  attendanceData,
  makeDb,
  pupilData,
  testEnv,
  uniqueDbName,
} from './testDb';

const opened: SandyqDb[] = [];
function db(): SandyqDb {
  const d = makeDb();
  opened.push(d);
  return d;
}
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

async function refusal(promise: Promise<unknown>): Promise<RecordWriteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RecordWriteError);
  return error as RecordWriteError;
}

describe('local writes (rules L1-L4)', () => {
  it('L1: a create stores the row and its outbox entry together', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());

    const row = await d.rows('pupils').get(id);
    const outbox = await d.$outbox.toArray();
    expect(row).toMatchObject({ id, schoolId: SCHOOL_ID, surname: 'Сейтқали', grade: 5, schemaVersion: 1 });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      seq: 1,
      table: 'pupils',
      id,
      schoolId: SCHOOL_ID,
      kind: 'upsert',
      userId: TEACHER.userId,
      fields: pupilData(),
    });
    expect(outbox[0]!.bases).toEqual(Object.fromEntries(Object.keys(pupilData()).map((f) => [f, null])));
  });

  it('L2: one write takes one tick; every field it touches carries that stamp', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    const row = await d.rows('pupils').get(id);
    const stamps = new Set(Object.values(row!.clocks));
    expect(stamps.size).toBe(1);
    expect(isStamp([...stamps][0])).toBe(true);
    expect(Object.keys(row!.clocks).sort()).toEqual(Object.keys(pupilData()).sort());
    expect((await d.$outbox.toArray())[0]!.clocks).toEqual(row!.clocks);
  });

  it('the schema normalizes what is stored (text is trimmed)', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData({ name: '  Айару ' }));
    expect((await d.rows('pupils').get(id))!.name).toBe('Айару');
  });

  it('an update stamps only the fields whose value changes, and sends the stamps they replaced as bases', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    const before = (await d.rows('pupils').get(id))!;

    const changed = await updateRecord(d, TEACHER, 'pupils', id, { name: 'Аружан', grade: 5 });

    const after = (await d.rows('pupils').get(id))!;
    expect(changed).toEqual(['name']);
    expect(after.name).toBe('Аружан');
    expect(after.clocks.name! > before.clocks.name!).toBe(true);
    expect(after.clocks.grade).toBe(before.clocks.grade);
    const entry = (await d.$outbox.toArray())[1]!;
    expect(entry.fields).toEqual({ name: 'Аружан' });
    expect(entry.bases).toEqual({ name: before.clocks.name });
  });

  it('a patch that changes nothing stores nothing and ticks no clock', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    const clock = await d.$syncState.get('hlc');

    expect(await updateRecord(d, TEACHER, 'pupils', id, { grade: 5, surname: 'Сейтқали' })).toEqual([]);
    expect(await d.$outbox.count()).toBe(1);
    expect(await d.$syncState.get('hlc')).toEqual(clock);
  });

  it('null clears an optional field: the row lacks it, keeps its clock, and the outbox carries null', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData({ patronymic: 'Нұрланқызы' }));

    await updateRecord(d, TEACHER, 'pupils', id, { patronymic: null });

    const row = (await d.rows('pupils').get(id))!;
    expect('patronymic' in row).toBe(false);
    expect(row.clocks.patronymic).toBeDefined();
    expect((await d.$outbox.toArray())[1]!.fields).toEqual({ patronymic: null });
  });

  it('L3: a delete writes the tombstone deleted: true with a stamp and never removes the row', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());

    await deleteRecord(d, TEACHER, 'pupils', id);
    await deleteRecord(d, TEACHER, 'pupils', id);

    const row = (await d.rows('pupils').get(id))!;
    expect(row.deleted).toBe(true);
    expect(row.clocks.deleted).toBeDefined();
    const entries = await d.$outbox.toArray();
    expect(entries).toHaveLength(2);
    expect(entries[1]!.fields).toEqual({ deleted: true });
  });

  it('a restore undoes a delete with a newer stamp; restoring a live row stores nothing', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    await deleteRecord(d, TEACHER, 'pupils', id);
    const deletedAt = (await d.rows('pupils').get(id))!.clocks.deleted!;

    await restoreRecord(d, TEACHER, 'pupils', id);
    await restoreRecord(d, TEACHER, 'pupils', id);

    const row = (await d.rows('pupils').get(id))!;
    expect(row.deleted).toBe(false);
    expect(row.clocks.deleted! > deletedAt).toBe(true);
    expect(await d.$outbox.count()).toBe(3);
  });

  it('a deleted row cannot be updated (notFound)', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    await deleteRecord(d, TEACHER, 'pupils', id);
    expect((await refusal(updateRecord(d, TEACHER, 'pupils', id, { name: 'X' }))).reason).toBe('notFound');
  });

  it('creating a derivedId row that exists writes only the differing fields over it, and revives a tombstone', async () => {
    const d = db();
    const id = derivedId('session-1', 'pupil-1');
    await createRecord(d, TEACHER, 'attendanceMarks', attendanceData(), { id });
    await deleteRecord(d, TEACHER, 'attendanceMarks', id);

    await createRecord(d, ASSISTANT, 'attendanceMarks', attendanceData({ status: 'late' }), { id });

    const row = (await d.rows('attendanceMarks').get(id))!;
    expect(row).toMatchObject({ status: 'late', deleted: false });
    const last = (await d.$outbox.toArray()).at(-1)!;
    expect(last.fields).toEqual({ status: 'late', deleted: false });
    expect(last.userId).toBe(ASSISTANT.userId);
  });

  it('invalid data is refused with translatable issue codes, and nothing is stored', async () => {
    const d = db();
    const error = await refusal(createRecord(d, TEACHER, 'pupils', pupilData({ surname: '  ', grade: 12 })));
    expect(error.reason).toBe('invalid');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'surname', code: ValidationCode.required },
        { path: 'grade', code: ValidationCode.gradeRange },
      ]),
    );
    expect(await d.rows('pupils').count()).toBe(0);
    expect(await d.$outbox.count()).toBe(0);
  });

  it('a patch is checked as the row it makes: a rule across fields refuses it, nothing stored', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    const error = await refusal(updateRecord(d, TEACHER, 'pupils', id, { status: 'withdrawn' }));
    expect(error.issues).toEqual([{ path: 'withdrawnOn', code: ValidationCode.dependentRequired }]);
    expect((await d.rows('pupils').get(id))!.status).toBe('active');
    expect(await d.$outbox.count()).toBe(1);
  });

  it('a patch is refused only for problems it introduces, not for old ones in other fields', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    // A row as an older build might have stored it: a grade the current schema refuses.
    await d.rows('pupils').update(id, { grade: 0 });
    expect(await updateRecord(d, TEACHER, 'pupils', id, { name: 'Аружан' })).toEqual(['name']);
    const error = await refusal(updateRecord(d, TEACHER, 'pupils', id, { surname: '' }));
    expect(error.issues).toEqual([{ path: 'surname', code: ValidationCode.required }]);
    const typo = await refusal(updateRecord(d, TEACHER, 'pupils', id, { surnmae: 'X' } as never));
    expect(typo.issues).toEqual([{ path: 'surnmae', code: ValidationCode.unknownField }]);
  });

  it('unknown fields and envelope fields are refused as unknownField, not dropped', async () => {
    const d = db();
    const typo = await refusal(createRecord(d, TEACHER, 'pupils', { ...pupilData(), surnmae: 'X' } as never));
    expect(typo.issues).toEqual([{ path: 'surnmae', code: ValidationCode.unknownField }]);
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    const envelope = await refusal(updateRecord(d, TEACHER, 'pupils', id, { deleted: null } as never));
    expect(envelope.issues).toEqual([{ path: 'deleted', code: ValidationCode.unknownField }]);
  });

  it('a row of another school is refused (wrongSchool); a missing row is notFound', async () => {
    const d = db();
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    const stranger = { userId: 'user-x', schoolId: OTHER_SCHOOL_ID };
    expect((await refusal(updateRecord(d, stranger, 'pupils', id, { name: 'X' }))).reason).toBe('wrongSchool');
    expect((await refusal(deleteRecord(d, stranger, 'pupils', id))).reason).toBe('wrongSchool');
    expect((await refusal(deleteRecord(d, TEACHER, 'pupils', 'nope'))).reason).toBe('notFound');
  });

  it('L4: append-only rows are appended once and refuse every change', async () => {
    const d = db();
    const id = await appendRecord(d, PUPIL_USER, 'attempts', attemptData());
    const entry = (await d.$outbox.toArray())[0]!;
    expect(entry).toMatchObject({ kind: 'append', table: 'attempts', id, userId: PUPIL_USER.userId });
    expect(entry.bases).toBeUndefined();

    expect((await refusal(updateRecord(d, PUPIL_USER, 'attempts', id, { score: 5 }))).reason).toBe('appendOnly');
    expect((await refusal(deleteRecord(d, PUPIL_USER, 'attempts', id))).reason).toBe('appendOnly');
    expect((await refusal(createRecord(d, PUPIL_USER, 'attempts', attemptData()))).reason).toBe('appendOnly');
    expect((await refusal(appendRecord(d, PUPIL_USER, 'attempts', attemptData(), { id }))).reason).toBe('alreadyExists');
    expect((await refusal(appendRecord(d, TEACHER, 'pupils', pupilData() as never))).reason).toBe('notAppendOnly');
    expect(await d.$outbox.count()).toBe(1);
  });
});

describe('stamps (HLC in $syncState)', () => {
  it('L2: stamps strictly increase across writes, even when the wall clock runs backwards', async () => {
    const env = testEnv();
    const d = makeDb(uniqueDbName(), { env });
    opened.push(d);
    const id = await createRecord(d, TEACHER, 'pupils', pupilData());
    env.setNow(env.now() - 86_400_000);
    await updateRecord(d, TEACHER, 'pupils', id, { name: 'Б' });
    await updateRecord(d, TEACHER, 'pupils', id, { name: 'В' });
    const stamps = (await d.$outbox.toArray()).map((e) => Object.values(e.clocks)[0]!);
    expect(stamps).toHaveLength(3);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
  });

  it('two SandyqDb instances on one database (two tabs) never reuse a stamp, and stamps follow seq order', async () => {
    const tabA = makeDb();
    const tabB = new SandyqDb(tabA.name, { env: { now: () => tabA.env.now() } });
    opened.push(tabA, tabB);
    await tabA.open();
    await tabB.open();

    await Promise.all(Array.from({ length: 20 }, (_, i) => createRecord(i % 2 ? tabA : tabB, TEACHER, 'pupils', pupilData({ name: `Оқушы ${i}` }))));

    const entries = await tabA.$outbox.orderBy('seq').toArray();
    const stamps = entries.map((e) => Object.values(e.clocks)[0]!);
    expect(entries).toHaveLength(20);
    expect(new Set(stamps).size).toBe(20);
    expect([...stamps].sort()).toEqual(stamps);
  });
});
