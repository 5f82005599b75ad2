import { describe, expect, it } from 'vitest';
import { CsvErrorCode } from '@/client/csv/csvErrorCode';
import { exportPupilsCsv, type ExportPupil } from '@/client/csv/exportPupilsCsv';
import { planPupilImport, type ExistingPupil, type PupilImportContext, type PupilImportRow } from '@/client/csv/planPupilImport';
import { importedPupilId, pupilIdentityKey } from '@/client/csv/pupilIdentity';
import { PupilImportChoice, pupilImportWrites } from '@/client/csv/pupilImportWrites';
import type { ImportClassSet } from '@/client/csv/readPupilRow';
import { enrolmentSchema } from '@/domain/entities/enrolment';
import { pupilSchema } from '@/domain/entities/pupil';
import { asId } from '@/domain/ids';
import { encodeWindows1251 } from './windows1251';

const cs = (id: string, name: string, grades: number[], status?: 'active' | 'archived'): ImportClassSet => ({
  id: asId<'ClassSet'>(id),
  name,
  grades,
  ...(status ? { status } : {}),
});
const CLASS_SETS = [cs('cs56', '5-6', [5, 6]), cs('cs78', '7–8', [7, 8]), cs('cs23', '2-3', [2, 3]), cs('old56', '5-6', [5, 6], 'archived')];

function context(pupils: ExistingPupil[] = [], schoolId = 'school-1'): PupilImportContext {
  return { schoolId, classSets: CLASS_SETS, pupils, enrolledFrom: '2025-09-01' };
}
const bom = (text: string) => new TextEncoder().encode(`\uFEFF${text}`);
const utf8 = (text: string) => new TextEncoder().encode(text);

function plan(bytes: Uint8Array, ctx = context()) {
  const p = planPupilImport(bytes, ctx);
  if (!p.ok) throw new Error(`file error ${p.error}`);
  return p;
}
const summary = (rows: readonly PupilImportRow[]) =>
  rows.map((r) => (r.kind === 'invalid' ? [r.rowNumber, r.kind, r.errors.map((e) => e.code)] : [r.rowNumber, r.kind]));

const KK_HEADER = 'Тегі;Аты;Әкесінің аты;Сынып;Сынып жиынтығы;Туған күні';

/** The bad-rows file, one problem per row after the first. */
const BAD_ROWS = [
  KK_HEADER,
  'Сейітова;Аружан;Болатқызы;5;5-6;12.03.2014',
  'Ахметов;;Ерланұлы;6;5-6;2013-01-20',
  'Нұрланов;Дәулет;;13;5-6;',
  'Қасымова;Әйгерім;;7;9-10;',
  'Сейітова;Аружан;Болатқызы;5;5-6;12.03.2014',
  'Жұмабеков;Ерасыл;;7;5-6;',
  'Омаров;Тимур;;8;7-8;31.02.2013',
  'Бекова;Дана;6;5-6',
  ';Ерлан;;6;5-6;',
  'Серікова;Мәдина;;6;5 – 6;2013-05-05',
].join('\r\n');

describe('pupil CSV import plan: row errors', () => {
  const p = plan(bom(BAD_ROWS));

  it('gives each bad row its own errors with Excel row numbers (header is row 1)', () => {
    expect(summary(p.rows)).toEqual([
      [2, 'create'],
      [3, 'invalid', [CsvErrorCode.missingName]],
      [4, 'invalid', [CsvErrorCode.gradeRange]],
      [5, 'invalid', [CsvErrorCode.unknownClassSet]],
      [6, 'invalid', [CsvErrorCode.duplicateRow]],
      [7, 'invalid', [CsvErrorCode.gradeNotInClassSet]],
      [8, 'invalid', [CsvErrorCode.invalidDate]],
      [9, 'invalid', [CsvErrorCode.wrongColumnCount]],
      [10, 'invalid', [CsvErrorCode.missingSurname]],
      [11, 'create'],
    ]);
    expect(p.counts).toEqual({ create: 2, unchanged: 0, invalid: 8 });
    expect(p.isAllValid).toBe(false);
  });

  it('says which column is wrong, which row a duplicate repeats, and the cell counts', () => {
    const errorsOf = (row: number) => {
      const r = p.rows.find((x) => x.rowNumber === row);
      return r?.kind === 'invalid' ? r.errors : [];
    };
    expect(errorsOf(3)).toEqual([{ code: CsvErrorCode.missingName, column: 'name' }]);
    expect(errorsOf(4)).toEqual([{ code: CsvErrorCode.gradeRange, column: 'grade' }]);
    expect(errorsOf(6)).toEqual([{ code: CsvErrorCode.duplicateRow, duplicateOf: 2 }]);
    expect(errorsOf(9)).toEqual([{ code: CsvErrorCode.wrongColumnCount, expected: 6, actual: 4 }]);
  });

  it("keeps every row's trimmed cells for the preview", () => {
    expect(p.rows[2]?.cells).toEqual({ surname: 'Нұрланов', name: 'Дәулет', patronymic: '', grade: '13', classSet: '5-6', birthDate: '' });
  });

  it('reports every problem of a row at once', () => {
    const r = plan(bom(`${KK_HEADER}\n;;;0;;1.1.2014x`)).rows[0];
    expect(r?.kind === 'invalid' && r.errors.map((e) => e.code)).toEqual([
      CsvErrorCode.missingSurname,
      CsvErrorCode.missingName,
      CsvErrorCode.gradeRange,
      CsvErrorCode.missingClassSet,
      CsvErrorCode.invalidDate,
    ]);
  });

  it('matches class set names whatever the case, spaces or kind of dash, never an archived set', () => {
    const created = p.rows.filter((r) => r.kind === 'create');
    expect(created.map((r) => r.kind === 'create' && r.pupil.classSetId)).toEqual(['cs56', 'cs56']);
  });

  it('refuses a name Excel wrote with "?" for letters Windows-1251 lacks', () => {
    const r = plan(bom(`${KK_HEADER}\nС?йітова;Аружан;;5;5-6;`)).rows[0];
    expect(r?.kind === 'invalid' && r.errors).toEqual([{ code: CsvErrorCode.lostLetters, column: 'surname' }]);
  });

  it('refuses a name longer than the journal allows', () => {
    const r = plan(bom(`${KK_HEADER}\n${'А'.repeat(61)};Аружан;;5;5-6;`)).rows[0];
    expect(r?.kind === 'invalid' && r.errors).toEqual([{ code: CsvErrorCode.nameTooLong, column: 'surname' }]);
  });

  it('calls a name shared by two active class sets ambiguous', () => {
    const ctx = { ...context(), classSets: [...CLASS_SETS, cs('cs56b', '5-6', [5, 6])] };
    const r = plan(bom(`${KK_HEADER}\nСейітова;Аружан;;5;5-6;`), ctx).rows[0];
    expect(r?.kind === 'invalid' && r.errors[0]?.code).toBe(CsvErrorCode.ambiguousClassSet);
  });

  it("tolerates empty cells past the header's width but not filled ones", () => {
    const p2 = plan(bom(`${KK_HEADER}\nСейітова;Аружан;;5;5-6;;;\nОмаров;Тимур;;7;7-8;;x`));
    expect(summary(p2.rows)).toEqual([
      [2, 'create'],
      [3, 'invalid', [CsvErrorCode.wrongColumnCount]],
    ]);
  });
});

describe('pupil CSV import plan: file errors', () => {
  const fileError = (bytes: Uint8Array) => {
    const p = planPupilImport(bytes, context());
    return p.ok ? undefined : { error: p.error, columns: p.columns };
  };

  it('refuses an empty file, or one with a header and no pupils', () => {
    expect(fileError(new Uint8Array())?.error).toBe(CsvErrorCode.empty);
    expect(fileError(bom(`${KK_HEADER}\r\n;;;;;\r\n`))?.error).toBe(CsvErrorCode.empty);
  });

  it('finds the header below a title row and numbers rows as Excel does', () => {
    const p = planPupilImport(bom(`Список учеников 5-6 класса;;;;;\r\n${KK_HEADER}\r\nСейітова;Аружан;;5;5-6;\r\n`), context());
    expect(p.ok && p.rows.map((r) => [r.rowNumber, r.kind])).toEqual([[3, 'create']]);
  });

  it('refuses a file whose first row names no known column', () => {
    expect(fileError(bom('Сейітова;Аружан;;5;5-6;\n'))?.error).toBe(CsvErrorCode.noHeader);
  });

  it('names the required columns the header lacks', () => {
    expect(fileError(bom('Тегі;Аты;Туған күні\nА;Б;\n'))).toEqual({ error: CsvErrorCode.missingColumn, columns: ['grade', 'classSet'] });
  });

  it('explains a Kazakh header whose letters Windows-1251 lost, instead of calling the column missing', () => {
    expect(fileError(encodeWindows1251(`${KK_HEADER}\r\nСейітова;Аружан;;5;5-6;\r\n`))).toEqual({
      error: CsvErrorCode.headerLostLetters,
      columns: ['classSet'],
    });
  });

  it('refuses a header naming a column twice', () => {
    expect(fileError(bom('Тегі;Фамилия;Аты;Сынып;Сынып жиынтығы\n'))).toEqual({ error: CsvErrorCode.duplicateColumn, columns: ['surname'] });
  });

  it('refuses a file ending inside a quoted field', () => {
    expect(fileError(bom(`${KK_HEADER}\n"Сейітова;Аружан;;5;5-6;\n`))?.error).toBe(CsvErrorCode.unterminatedQuote);
  });

  it('refuses a file that is not text', () => {
    expect(fileError(Uint8Array.from([0x00, 0x01, 0x02, 0xff]))?.error).toBe(CsvErrorCode.unknownEncoding);
  });
});

describe('pupil CSV import plan: encodings, separators, quoting', () => {
  const RU = 'Фамилия;Имя;Отчество;Класс;Класс-комплект;Дата рождения\r\nИванов;Пётр;Сергеевич;7;7-8;01.09.2012\r\n';

  it('reads a Windows-1251 file and reports the encoding', () => {
    const p = plan(encodeWindows1251(RU));
    expect([p.encoding, p.hasBom]).toEqual(['windows-1251', false]);
    const row = p.rows[0];
    expect(row?.kind === 'create' && row.pupil).toEqual({
      surname: 'Иванов',
      name: 'Пётр',
      patronymic: 'Сергеевич',
      grade: 7,
      classSetId: 'cs78',
      birthDate: '2012-09-01',
      status: 'active',
    });
  });

  it('gives the same plan for a file with or without a BOM', () => {
    const withBom = plan(bom(RU));
    const without = plan(utf8(RU));
    expect([withBom.hasBom, without.hasBom]).toEqual([true, false]);
    expect(without.rows).toEqual(withBom.rows);
    expect(plan(encodeWindows1251(RU)).rows).toEqual(withBom.rows);
  });

  it('reads comma-separated files with English headers and LF line ends', () => {
    const p = plan(utf8('Surname,Name,Patronymic,Grade,Class set,Date of birth\nSeitova,Aruzhan,,5,5-6,2014-03-12\n'));
    expect(p.separator).toBe(',');
    expect(summary(p.rows)).toEqual([[2, 'create']]);
  });

  it('reads quoted fields with separators, quotes and line breaks; ignores unknown columns; counts rows as Excel does', () => {
    const text = [
      '№,"Фамилия","Имя",Класс,"Класс-комплект","Дата рождения (ДД.ММ.ГГГГ)",Примечание',
      '1,"Ахметова","Мария",5,"5-6",,"переведена, из ""Жулдыз""',
      'вторая строка"',
      '2,Омаров,Тимур,7,7-8,,',
    ].join('\r\n');
    const p = plan(utf8(text));
    expect(p.ignoredColumns).toEqual(['№', 'Примечание']);
    expect(summary(p.rows)).toEqual([
      [2, 'create'],
      [3, 'create'],
    ]);
    expect(p.rows[0]?.cells.surname).toBe('Ахметова');
  });

  it('accepts dates written YYYY-MM-DD or D.M.YYYY', () => {
    const p = plan(bom(`${KK_HEADER}\nА;Б;;5;5-6;2014-03-12\nВ;Г;;5;5-6;5.3.2014`));
    expect(p.rows.map((r) => r.kind === 'create' && r.pupil.birthDate)).toEqual(['2014-03-12', '2014-03-05']);
  });
});

describe('pupil CSV import plan: identity', () => {
  const GOOD = bom(`${KK_HEADER}\nСейітова;Аружан;Болатқызы;5;5-6;12.03.2014\nОмаров;Тимур;;7;7-8;\n`);
  const existingFrom = (rows: readonly PupilImportRow[]): ExistingPupil[] =>
    rows.flatMap((r) => (r.kind === 'create' ? [{ id: r.pupilId, ...r.pupil }] : []));

  it('creates pupils whose rows validate against the pupil and enrolment schemas', () => {
    const p = plan(GOOD);
    for (const r of p.rows) {
      expect(r.kind).toBe('create');
      if (r.kind !== 'create') continue;
      expect(pupilSchema.safeParse(r.pupil).success).toBe(true);
      expect(enrolmentSchema.safeParse(r.enrolment).success).toBe(true);
      expect(r.enrolment).toEqual({ pupilId: r.pupilId, classSetId: r.pupil.classSetId, grade: r.pupil.grade, from: '2025-09-01' });
    }
  });

  it('derives ids from the school and the identity key: the same file plans the same ids', () => {
    const a = plan(GOOD);
    const b = plan(GOOD);
    expect(a.rows).toEqual(b.rows);
    const first = a.rows[0];
    expect(first?.kind === 'create' && first.pupilId).toBe(
      importedPupilId(
        'school-1',
        pupilIdentityKey({ surname: 'Сейітова', name: 'Аружан', patronymic: 'Болатқызы', birthDate: '2014-03-12', classSetId: 'cs56' }),
      ),
    );
    const other = plan(GOOD, context([], 'school-2')).rows[0];
    expect(other?.kind === 'create' && other.pupilId).not.toBe(first?.kind === 'create' && first.pupilId);
  });

  it('importing the same file again changes nothing', () => {
    const first = plan(GOOD);
    const again = plan(GOOD, context(existingFrom(first.rows)));
    expect(again.rows.map((r) => r.kind)).toEqual(['unchanged', 'unchanged']);
    expect(again.rows.map((r) => r.kind === 'unchanged' && r.pupilId)).toEqual(first.rows.map((r) => r.kind === 'create' && r.pupilId));
    expect(again.isAllValid).toBe(true);
  });

  it('finds a pupil added by hand by names and birth date, ignoring case, ё and spaces', () => {
    const byHand = { id: 'p-hand', surname: 'СЕЙІТОВА ', name: 'аружан', patronymic: 'Болатқызы', birthDate: '2014-03-12', classSetId: 'cs78' };
    expect(plan(GOOD, context([byHand])).rows[0]).toMatchObject({ kind: 'unchanged', pupilId: 'p-hand' });
  });

  it('treats a namesake with another birth date as another pupil', () => {
    const namesake = { id: 'p-other', surname: 'Сейітова', name: 'Аружан', patronymic: 'Болатқызы', birthDate: '2013-01-01', classSetId: 'cs56' };
    expect(plan(GOOD, context([namesake])).rows[0]?.kind).toBe('create');
  });

  it('without a birth date on either side, the same names are the same pupil only in the same class set', () => {
    const noDate = { id: 'p-hand', surname: 'Сейітова', name: 'Аружан', patronymic: 'Болатқызы', classSetId: 'cs56' };
    expect(plan(GOOD, context([noDate])).rows[0]).toMatchObject({ kind: 'unchanged', pupilId: 'p-hand' });
    expect(plan(GOOD, context([{ ...noDate, classSetId: 'cs78' }])).rows[0]?.kind).toBe('create');
    const omarov = { id: 'p-om', surname: 'Омаров', name: 'Тимур', classSetId: 'cs56' };
    expect(plan(GOOD, context([omarov])).rows[1]?.kind).toBe('create');
  });

  it('ignores deleted pupils and class sets: a deleted imported pupil is created (revived) under the same id', () => {
    const [seitova] = existingFrom(plan(GOOD).rows);
    const again = plan(GOOD, context([{ ...seitova!, deleted: true }])).rows[0];
    expect(again).toMatchObject({ kind: 'create', pupilId: seitova!.id });
    const ctx = { ...context(), classSets: [{ ...CLASS_SETS[0]!, deleted: true }] };
    expect(plan(GOOD, ctx).rows[0]?.kind).toBe('invalid');
  });

  it('still finds an imported pupil after they moved class set or were withdrawn', () => {
    const [, omarov] = existingFrom(plan(GOOD).rows);
    const moved = { ...omarov!, classSetId: 'cs56', status: 'withdrawn' };
    expect(plan(GOOD, context([moved])).rows[1]).toMatchObject({ kind: 'unchanged', pupilId: omarov!.id });
  });

  it('a row without a birth date repeats an earlier row of the same names and class set', () => {
    const p = plan(bom(`${KK_HEADER}\nОмаров;Тимур;;7;7-8;2012-01-01\nОмаров;Тимур;;8;7-8;\nОмаров;Тимур;;7;7-8;2012-02-02`));
    expect(summary(p.rows)).toEqual([
      [2, 'create'],
      [3, 'invalid', [CsvErrorCode.duplicateRow]],
      [4, 'create'],
    ]);
  });
});

describe('pupil import writes', () => {
  it('refuses "import all" while any row has an error', () => {
    expect(pupilImportWrites(plan(bom(BAD_ROWS)), PupilImportChoice.all)).toEqual({ ok: false, error: CsvErrorCode.rowsHaveErrors });
  });

  it('"valid rows only" stores the created pupils, each enrolment before its pupil, and skips the rest', () => {
    const result = pupilImportWrites(plan(bom(BAD_ROWS)), PupilImportChoice.validRowsOnly);
    expect(result.ok && result.writes.map((w) => w.table)).toEqual(['enrolments', 'pupils', 'enrolments', 'pupils']);
  });

  it('stores nothing for unchanged rows, and passes a file error on', () => {
    const p = plan(bom(`${KK_HEADER}\nОмаров;Тимур;;7;7-8;`), context([{ id: 'x', surname: 'Омаров', name: 'Тимур', classSetId: 'cs78' }]));
    expect(pupilImportWrites(p, PupilImportChoice.all)).toEqual({ ok: true, writes: [] });
    expect(pupilImportWrites(planPupilImport(new Uint8Array(), context()), PupilImportChoice.validRowsOnly)).toEqual({
      ok: false,
      error: CsvErrorCode.empty,
    });
  });
});

describe('pupil CSV round trip', () => {
  const PUPILS: Array<ExportPupil & { id: string }> = [
    { id: 'p1', surname: 'Сейітова', name: 'Аружан', patronymic: 'Болатқызы', grade: 5, classSetId: 'cs56', birthDate: '2014-03-12' },
    { id: 'p2', surname: 'Омаров', name: 'Тимур', grade: 7, classSetId: 'cs78' },
    { id: 'p3', surname: 'Әбдіров', name: 'Нұр-Әли', grade: 6, classSetId: 'cs56', birthDate: '2013-12-31' },
    { id: 'p4', surname: 'Ким', name: 'Анна', patronymic: 'Ён Су', grade: 2, classSetId: 'cs23' },
  ];

  it.each(['kk', 'ru', 'en'] as const)('export then import in %s leaves every pupil unchanged', (language) => {
    const bytes = exportPupilsCsv(PUPILS, CLASS_SETS, { language });
    const p = plan(bytes, context(PUPILS));
    expect(p.rows.map((r) => r.kind)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(p.rows.map((r) => r.kind === 'unchanged' && r.pupilId).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect([p.encoding, p.hasBom, p.separator]).toEqual(['utf-8', true, ';']);
  });
});
