import { afterEach, describe, expect, it } from 'vitest';
import { CsvErrorCode } from '@/client/csv/csvErrorCode';
import { readEnrolmentsOfPupil, readPupils } from '@/client/db/queries/setupQueries';
import { deleteRecord } from '@/client/db/writeRecord';
import { previewPupilImport, storePupilImport } from '@/client/setup/pupilImport';
import { encodeWindows1251 } from '../csv/windows1251';
import { SCHOOL_ID } from '../db/testDb';
import { HEAD, setupSchool, type SetupFixture } from './setupFixture';

let school: SetupFixture | undefined;
afterEach(() => school?.db.close());

const bom = (text: string) => new TextEncoder().encode(`\uFEFF${text}`);
const GOOD = ['Тегі;Аты;Әкесінің аты;Сынып;Сынып жиынтығы;Туған күні', 'Сейітова;Аружан;Болатқызы;5;5-6;12.03.2014', 'Нұрланов;Дәулет;;6;5-6;'].join(
  '\r\n',
);
const BAD = [GOOD, 'Ахметов;;;6;5-6;', 'Омаров;Тимур;;13;5-6;', 'Бекова;Дана;;5;9-10;', 'Сейітова;Аружан;Болатқызы;5;5-6;12.03.2014'].join('\r\n');

async function outboxSize(s: SetupFixture) {
  return s.db.$outbox.count();
}

describe('pupil CSV import through the setup data layer', () => {
  it('previews without storing anything, then imports all rows of a clean file with their enrolments', async () => {
    school = await setupSchool();
    const before = await outboxSize(school);
    const plan = await previewPupilImport(school.db, SCHOOL_ID, bom(GOOD), '2026-11-23');
    expect(plan.ok && plan.counts).toEqual({ create: 2, unchanged: 0, invalid: 0 });
    expect(await outboxSize(school)).toBe(before);

    expect(await storePupilImport(school.db, HEAD, plan, 'all')).toEqual({ ok: true, pupilsCreated: 2 });
    const pupils = await readPupils(school.db, SCHOOL_ID);
    expect(pupils.map((p) => [p.surname, p.grade, p.classSetId]).sort()).toEqual([
      ['Нұрланов', 6, school.set56],
      ['Сейітова', 5, school.set56],
    ]);
    for (const p of pupils) expect(await readEnrolmentsOfPupil(school.db, p.id)).toMatchObject([{ classSetId: school.set56, from: '2026-11-23' }]);
    expect((await outboxSize(school)) - before).toBe(4);
  });

  it('refuses "import all" while a row has errors and stores nothing; "valid rows only" stores just those', async () => {
    school = await setupSchool();
    const plan = await previewPupilImport(school.db, SCHOOL_ID, bom(BAD), '2026-11-23');
    expect(plan.ok && plan.counts).toEqual({ create: 2, unchanged: 0, invalid: 4 });
    const before = await outboxSize(school);

    expect(await storePupilImport(school.db, HEAD, plan, 'all')).toEqual({ ok: false, error: CsvErrorCode.rowsHaveErrors });
    expect(await outboxSize(school)).toBe(before);
    expect(await readPupils(school.db, SCHOOL_ID)).toEqual([]);

    expect(await storePupilImport(school.db, HEAD, plan, 'validRowsOnly')).toEqual({ ok: true, pupilsCreated: 2 });
    expect((await readPupils(school.db, SCHOOL_ID)).map((p) => p.name).sort()).toEqual(['Аружан', 'Дәулет']);
  });

  it('importing the same file again changes nothing: every row previews as already imported, no write is made', async () => {
    school = await setupSchool();
    const first = await previewPupilImport(school.db, SCHOOL_ID, bom(GOOD), '2026-11-23');
    await storePupilImport(school.db, HEAD, first, 'all');
    const before = await outboxSize(school);

    const again = await previewPupilImport(school.db, SCHOOL_ID, bom(GOOD), '2026-11-24');
    expect(again.ok && again.counts).toEqual({ create: 0, unchanged: 2, invalid: 0 });
    expect(await storePupilImport(school.db, HEAD, again, 'all')).toEqual({ ok: true, pupilsCreated: 0 });
    expect(await outboxSize(school)).toBe(before);
    expect(await readPupils(school.db, SCHOOL_ID)).toHaveLength(2);
  });

  it('a pupil deleted on this laptop is imported again under the same id', async () => {
    school = await setupSchool();
    await storePupilImport(school.db, HEAD, await previewPupilImport(school.db, SCHOOL_ID, bom(GOOD), '2026-11-23'), 'all');
    const [gone] = await readPupils(school.db, SCHOOL_ID);
    await deleteRecord(school.db, HEAD, 'pupils', gone!.id);
    const plan = await previewPupilImport(school.db, SCHOOL_ID, bom(GOOD), '2026-11-23');
    expect(plan.ok && plan.counts).toEqual({ create: 1, unchanged: 1, invalid: 0 });
    await storePupilImport(school.db, HEAD, plan, 'all');
    expect((await readPupils(school.db, SCHOOL_ID)).map((p) => p.id)).toContain(gone!.id);
  });

  it('reads a Windows-1251 file of Russian names (Excel\'s "CSV" on a Russian Windows)', async () => {
    school = await setupSchool();
    const text = ['Фамилия;Имя;Отчество;Класс;Класс-комплект;Дата рождения', 'Иванова;Мария;Петровна;7;7-8;01.02.2012'].join('\r\n');
    const plan = await previewPupilImport(school.db, SCHOOL_ID, encodeWindows1251(text), '2026-11-23');
    expect(plan.ok && plan.encoding).toBe('windows-1251');
    await storePupilImport(school.db, HEAD, plan, 'all');
    expect(await readPupils(school.db, SCHOOL_ID)).toMatchObject([{ surname: 'Иванова', patronymic: 'Петровна', classSetId: school.set78 }]);
  });
});
