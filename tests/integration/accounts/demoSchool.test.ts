/**
 * The demo school: built from a seed alone (the `school-day` school of WORKLOADS.md), with
 * rows that validate against the entity schemas, stored once through the sync log, and
 * pulled by devices like any other rows.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENTITY_SCHEMAS, changeFieldsSchema } from '@/domain/entities';
import type { TableName } from '@/domain/tables';
import { buildApp } from '@/server/app';
import { buildDemoSchool, DEFAULT_DEMO_SEED, type DemoSchool } from '@/server/demo/buildDemoSchool';
import { seedDemoSchool } from '@/server/demo/seedDemoSchool';
import { prepareDemoSchool } from '@/server/demo/prepareDemoSchool';
import { insertSchool } from '@/server/accounts/schoolStore';
import type { Database } from '@/server/storage/database';
import { ServerClock } from '@/server/sync/serverClock';
import type { PulledRow, SyncLine } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { TEST_SCRYPT_PARAMS } from '../../support/server';
import { emptyDatabase } from './accountsFixture';

const demo = buildDemoSchool();
const rowsOf = (d: DemoSchool, table: TableName) => d.records.filter((r) => r.table === table);

describe('the demo school, as built from its seed', () => {
  it('same seed, same school: names, ids and passwords', () => {
    expect(buildDemoSchool(DEFAULT_DEMO_SEED)).toEqual(demo);
    const other = buildDemoSchool('another-seed');
    expect(other.school.id).not.toBe(demo.school.id);
    expect(other.accounts.map((a) => a.displayName)).not.toEqual(demo.accounts.map((a) => a.displayName));
  });

  it('never uses Math.random', () => {
    const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    try {
      expect(() => buildDemoSchool('no-math-random')).not.toThrow();
    } finally {
      spy.mockRestore();
    }
  });

  it('is the school-day school: 6 class sets of 8/12/9/13/12/10 pupils, 64 in all', () => {
    const sets = rowsOf(demo, 'classSets');
    expect(sets.map((s) => s.fields.name)).toEqual(['1', '2-3', '4', '5-6', '7-8', '9-11']);
    expect(sets.map((s) => s.fields.grades)).toEqual([[1], [2, 3], [4], [5, 6], [7, 8], [9, 10, 11]]);
    const pupils = rowsOf(demo, 'pupils');
    expect(pupils).toHaveLength(64);
    expect(sets.map((s) => pupils.filter((p) => p.fields.classSetId === s.id).length)).toEqual([8, 12, 9, 13, 12, 10]);
    for (const p of pupils) {
      const set = sets.find((s) => s.id === p.fields.classSetId)!;
      expect(set.fields.grades).toContain(p.fields.grade);
    }
    expect(new Set(sets.map((s) => s.fields.language))).toEqual(new Set(['kk', 'ru']));
    expect(rowsOf(demo, 'enrolments')).toHaveLength(64);
  });

  it('has 12 staff: 1 head, 9 teachers, 2 assistants', () => {
    const staff = rowsOf(demo, 'staff');
    const withRole = (role: string) => staff.filter((s) => (s.fields.roles as string[]).includes(role)).length;
    expect(staff).toHaveLength(12);
    expect([withRole('head'), withRole('teacher'), withRole('assistant')]).toEqual([1, 9, 2]);
  });

  it('every row validates against its entity schema, with no field the schema does not know', () => {
    for (const r of demo.records) {
      const whole = ENTITY_SCHEMAS[r.table].safeParse(r.fields);
      expect(whole.success, `${r.table}/${r.id}: ${JSON.stringify(whole.error?.issues)}`).toBe(true);
      expect(changeFieldsSchema(r.table).safeParse(r.fields).success, `${r.table}/${r.id}`).toBe(true);
    }
    expect(new Set(demo.records.map((r) => `${r.table}/${r.id}`)).size).toBe(demo.records.length);
  });

  it('has an academic year 2026-2027 in four quarters and subjects named in kk, ru and en', () => {
    const [year] = rowsOf(demo, 'academicYears');
    expect(year!.fields.name).toBe('2026-2027');
    expect(year!.fields.quarters).toHaveLength(4);
    const subjects = rowsOf(demo, 'subjects');
    expect(subjects.length).toBeGreaterThanOrEqual(15);
    for (const s of subjects) expect(Object.keys(s.fields.names as object).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('gives people Kazakh names: -ов/-ев surnames (+а for women) and -ұлы/-қызы patronymics', () => {
    const people = [...rowsOf(demo, 'pupils'), ...rowsOf(demo, 'staff')].map((r) => r.fields as Record<string, string>);
    for (const p of people) {
      const isSon = p.patronymic!.endsWith('ұлы');
      expect(isSon || p.patronymic!.endsWith('қызы')).toBe(true);
      expect(p.surname).toMatch(isSon ? /(ов|ев)$/ : /(ова|ева)$/);
      expect(p.name).toMatch(/^[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+$/);
    }
    const full = people.map((p) => `${p.surname} ${p.name}`);
    expect(new Set(full).size).toBe(full.length);
  });

  it('references resolve: class sets, year, homeroom teachers, enrolments, timetable subjects and teachers', () => {
    const ids = (table: TableName) => new Set(rowsOf(demo, table).map((r) => r.id));
    const [sets, staff, subjects, pupils, years] = [ids('classSets'), ids('staff'), ids('subjects'), ids('pupils'), ids('academicYears')];
    for (const s of rowsOf(demo, 'classSets')) {
      expect(years.has(s.fields.academicYearId as string)).toBe(true);
      expect(staff.has(s.fields.homeroomTeacherId as string)).toBe(true);
    }
    for (const e of rowsOf(demo, 'enrolments')) {
      expect(pupils.has(e.fields.pupilId as string)).toBe(true);
      expect(sets.has(e.fields.classSetId as string)).toBe(true);
    }
    for (const t of rowsOf(demo, 'timetableSlots')) {
      expect(sets.has(t.fields.classSetId as string)).toBe(true);
      expect(subjects.has(t.fields.subjectId as string)).toBe(true);
      expect(staff.has(t.fields.teacherId as string)).toBe(true);
    }
  });

  it('has a weekly timetable with no teacher in two rooms and no class set in two lessons at once', () => {
    const slots = rowsOf(demo, 'timetableSlots').map((r) => r.fields as { classSetId: string; teacherId: string; weekday: number; period: number });
    expect(slots.length).toBeGreaterThanOrEqual(120);
    const teacherTimes = slots.map((s) => `${s.teacherId}@${s.weekday}.${s.period}`);
    const setTimes = slots.map((s) => `${s.classSetId}@${s.weekday}.${s.period}`);
    expect(new Set(teacherTimes).size).toBe(slots.length);
    expect(new Set(setTimes).size).toBe(slots.length);
    for (const s of rowsOf(demo, 'classSets')) expect(slots.filter((t) => t.classSetId === s.id).length).toBeGreaterThanOrEqual(20);
  });

  it('has an account for every person: head, teacher1-9, assistant1-2, pupil01-64, methodologist; distinct passwords', () => {
    const logins = demo.accounts.map((a) => a.login);
    expect(logins.slice(0, 12)).toEqual(['head', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `teacher${n}`), 'assistant1', 'assistant2']);
    expect(logins.slice(12, 76)).toEqual(Array.from({ length: 64 }, (_, i) => `pupil${String(i + 1).padStart(2, '0')}`));
    expect(logins[76]).toBe('methodologist');
    expect(new Set(demo.accounts.map((a) => a.password)).size).toBe(demo.accounts.length);
    const staffIds = new Set(rowsOf(demo, 'staff').map((r) => r.id));
    const pupilIds = new Set(rowsOf(demo, 'pupils').map((r) => r.id));
    expect(demo.accounts.filter((a) => a.staffId && staffIds.has(a.staffId))).toHaveLength(12);
    expect(demo.accounts.filter((a) => a.pupilId && pupilIds.has(a.pupilId))).toHaveLength(64);
    expect(demo.accounts.find((a) => a.login === 'methodologist')).toMatchObject({ roles: ['methodologist'], district: demo.school.district });
  });
});

describe.each(TEST_DATABASES)('the demo school stored on $name', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await kind.open();
    await emptyDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const counts = async () => {
    const [r] = await db.query<{ records: number; users: number; head: number }>(
      `SELECT (SELECT count(*)::int FROM records) AS records, (SELECT count(*)::int FROM users) AS users,
              (SELECT head_seq FROM schools WHERE id = $1) AS head`,
      [demo.school.id],
    );
    return r!;
  };

  it('stores every row through the sync log and an account for every person', async () => {
    const result = await seedDemoSchool(db, { clock: new ServerClock(), passwordParams: TEST_SCRYPT_PARAMS });
    expect(result.created).toBe(true);
    expect(await counts()).toEqual({ records: demo.records.length, users: 77, head: demo.records.length });
  });

  it('is idempotent: a second seed creates nothing', async () => {
    const before = await counts();
    const again = await seedDemoSchool(db, { clock: new ServerClock(), passwordParams: TEST_SCRYPT_PARAMS });
    expect(again.created).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('a start announces the logins of a demo school that is there, and creates nothing', async () => {
    const lines: string[] = [];
    expect(await prepareDemoSchool(db, new ServerClock(), (l) => lines.push(l))).toBe('present');
    const teacher1 = demo.accounts.find((a) => a.login === 'teacher1')!;
    expect(lines.some((l) => l.includes('teacher1') && l.includes(teacher1.password))).toBe(true);
    expect((await counts()).records).toBe(demo.records.length);
  });

  const pull = async (login: string): Promise<PulledRow[]> => {
    const app = await buildApp({ database: db });
    try {
      const account = demo.accounts.find((a) => a.login === login)!;
      const deviceId = randomUUID();
      const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password: account.password, deviceId } });
      expect(signIn.statusCode).toBe(200);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { authorization: `Bearer ${signIn.json().token}` },
        payload: { protocol: 1, deviceId, mutations: [], cursor: null, clientTime: Date.now() },
      });
      expect(res.statusCode).toBe(200);
      const lines = res.body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as SyncLine);
      return lines.flatMap((l) => (l.type === 'page' ? l.rows : []));
    } finally {
      await app.close();
    }
  };

  it("a teacher's device pulls the whole demo school over sync", async () => {
    const rows = await pull('teacher1');
    expect(rows).toHaveLength(demo.records.length);
    const pupils = rows.filter((r) => r.table === 'pupils');
    expect(pupils).toHaveLength(64);
    const first = demo.records.find((r) => r.table === 'pupils')!;
    expect(pupils.find((p) => p.id === first.id)!.fields).toEqual(first.fields);
  });

  it("a pupil's device pulls the school rows, itself and its class set, never another pupil", async () => {
    const account = demo.accounts.find((a) => a.login === 'pupil01')!;
    const rows = await pull('pupil01');
    expect(rows.filter((r) => r.table === 'pupils').map((r) => r.id)).toEqual([account.pupilId]);
    expect(rows.filter((r) => r.table === 'enrolments').map((r) => r.fields.pupilId)).toEqual([account.pupilId]);
    const ownSet = demo.records.find((r) => r.id === account.pupilId)!.fields.classSetId;
    const slots = rows.filter((r) => r.table === 'timetableSlots');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.fields.classSetId === ownSet)).toBe(true);
    expect(rows.filter((r) => r.table === 'staff')).toHaveLength(12);
  });

  it('a start on a database that holds other schools creates no demo school', async () => {
    await emptyDatabase(db);
    await insertSchool(db, { id: 'real-school', name: 'Шұбарқұдық мектебі', district: null });
    const lines: string[] = [];
    expect(await prepareDemoSchool(db, new ServerClock(), (l) => lines.push(l), { passwordParams: TEST_SCRYPT_PARAMS })).toBe('skipped');
    expect(await db.query('SELECT id FROM schools')).toEqual([{ id: 'real-school' }]);
  });

  it('a first start on an empty database creates the demo school and prints its logins', async () => {
    await emptyDatabase(db);
    const lines: string[] = [];
    expect(await prepareDemoSchool(db, new ServerClock(), (l) => lines.push(l), { passwordParams: TEST_SCRYPT_PARAMS })).toBe('created');
    expect((await counts()).records).toBe(demo.records.length);
    const head = demo.accounts.find((a) => a.login === 'head')!;
    expect(lines.some((l) => l.includes('head') && l.includes(head.password))).toBe(true);
  });
});
