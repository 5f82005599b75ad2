/**
 * Importing a КТЖ as teachers receive it: an .xlsx with a title row, merged quarter
 * headings and sections merged down their topics; a Russian CSV saved by Excel in
 * Windows-1251; and rows a teacher must fix, named by their row number in the file.
 */
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '@/client/lessons/import/readPlanFile';
import { readPlanRows } from '@/client/lessons/import/readPlanRows';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { ktjWorkbook } from '../../../e2e/fixtures/ktjWorkbook';

const YEAR: Pick<AcademicYear, 'startsOn' | 'endsOn' | 'quarters'> = {
  startsOn: '2026-09-01',
  endsOn: '2027-05-25',
  quarters: [
    { startsOn: '2026-09-01', endsOn: '2026-10-26' },
    { startsOn: '2026-11-03', endsOn: '2026-12-29' },
    { startsOn: '2027-01-08', endsOn: '2027-03-17' },
    { startsOn: '2027-03-30', endsOn: '2027-05-25' },
  ],
};

/** Windows-1251 bytes of Russian text (Excel's plain "CSV" on a Russian Windows). */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (c === 0x401) return 0xa8;
      if (c === 0x2116) return 0xb9;
      if (c === 0x451) return 0xb8;
      throw new Error(`not in the test's table: ${ch}`);
    }),
  );
}

describe('a КТЖ from an Excel workbook', () => {
  it('reads topics under their quarter headings and sections, with codes and hours as written', async () => {
    const file = await readPlanFile(new Uint8Array(await ktjWorkbook()));
    expect(file.ok).toBe(true);
    const preview = readPlanRows(file.ok ? file.rows : [], YEAR);
    expect(preview.fileProblem).toBeUndefined();
    expect(preview.entries).toHaveLength(8);
    expect(preview.entries[0]).toEqual({
      quarter: 1,
      section: '5.1А Натурал сандар',
      title: 'Натурал сандарды оқу және жазу',
      hours: 2,
      objectiveCodes: ['5.1.1.1'],
    });
    expect(preview.entries[1]).toMatchObject({ section: '5.1А Натурал сандар', objectiveCodes: ['5.1.1.2', '5.1.1.3'] });
    expect(preview.entries[3]).toMatchObject({ section: '5.1B Бөлінгіштік', objectiveCodes: ['5.1.2.4', '5.1.2.5'] });
    expect(preview.entries[6]).toMatchObject({ quarter: 2, hours: 2.5 });
    expect(preview.entries[7]).toEqual({ quarter: 2, section: '5.2А Жай бөлшектер', title: 'Қайталау', hours: 0.5 });
    expect(preview.hoursByQuarter).toEqual([10, 7, 0, 0]);
    expect(preview.rows.filter((r) => r.kind === 'heading').map((r) => (r.kind === 'heading' ? r.text : ''))).toEqual(['I тоқсан', 'II тоқсан']);
  });
});

describe('a КТЖ from a CSV', () => {
  it('a Russian header in Windows-1251, quarters in their own column, dates without a year', async () => {
    const csv = [
      '№;Раздел;Тема урока;Цели обучения;Кол-во часов;Четверть;Сроки',
      '1;Натуральные числа;Чтение и запись чисел;5.1.1.1;1;1;02.09',
      '2;;Сравнение чисел;5.1.1.2;1;1;04.09',
      '3;Дроби;Понятие дроби;5.1.1.6;0,5;2;05.11',
    ].join('\r\n');
    const file = await readPlanFile(cp1251(csv));
    const preview = readPlanRows(file.ok ? file.rows : [], YEAR);
    expect(preview.entries).toEqual([
      { quarter: 1, section: 'Натуральные числа', title: 'Чтение и запись чисел', hours: 1, objectiveCodes: ['5.1.1.1'], plannedOn: '2026-09-02' },
      { quarter: 1, section: 'Натуральные числа', title: 'Сравнение чисел', hours: 1, objectiveCodes: ['5.1.1.2'], plannedOn: '2026-09-04' },
      { quarter: 2, section: 'Дроби', title: 'Понятие дроби', hours: 0.5, objectiveCodes: ['5.1.1.6'], plannedOn: '2026-11-05' },
    ]);
  });

  it('quarter headings with the Kazakh letter І as a Roman numeral, and Russian ones', async () => {
    const csv = ['Тақырып;Сағат саны', 'ІІ тоқсан;', 'Бөлшектер;2', 'ІV тоқсан;', 'Пайыз;1', '3 четверть;'].join('\n');
    const file = await readPlanFile(new TextEncoder().encode(csv));
    expect(readPlanRows(file.ok ? file.rows : []).entries.map((e) => [e.title, e.quarter])).toEqual([
      ['Бөлшектер', 2],
      ['Пайыз', 4],
    ]);
  });

  it('a quarter found from the date alone', async () => {
    const file = await readPlanFile(new TextEncoder().encode('Тақырып;Сағат саны;Күні\nБөлшектер;2;10.11.2026\n'));
    expect(readPlanRows(file.ok ? file.rows : [], YEAR).entries).toEqual([{ quarter: 2, title: 'Бөлшектер', hours: 2, plannedOn: '2026-11-10' }]);
  });

  it('names each row a teacher must fix by its number in the file, and imports the rest', async () => {
    const csv = [
      'Тақырып;Сағат саны;Тоқсан;Мерзімі',
      'Натурал сандар;1;1;',
      ';2;1;',
      'Бөлшектер;бір;1;',
      'Пайыз;1;;',
      'Теңдеу;1;1;31.02.2027',
      'Үшбұрыш;1;3;',
      'Шеңбер;1;2;',
    ].join('\n');
    const file = await readPlanFile(new TextEncoder().encode(csv));
    const preview = readPlanRows(file.ok ? file.rows : []);
    const problems = preview.rows.filter((r) => r.kind === 'problem').map((r) => (r.kind === 'problem' ? [r.row, r.problems] : []));
    expect(problems).toEqual([
      [3, ['missingTopic']],
      [4, ['badHours']],
      [6, ['badDate']],
      [8, ['quarterOrder']],
    ]);
    // An empty quarter cell is the one above (merged in the original sheet).
    expect(preview.entries.map((e) => [e.title, e.quarter])).toEqual([
      ['Натурал сандар', 1],
      ['Пайыз', 1],
      ['Үшбұрыш', 3],
    ]);
    const noQuarter = await readPlanFile(new TextEncoder().encode('Тақырып;Сағат саны\nПайыз;1\n'));
    expect(readPlanRows(noQuarter.ok ? noQuarter.rows : []).rows).toEqual([
      { row: 2, kind: 'problem', problems: ['unknownQuarter'], topic: 'Пайыз' },
    ]);
  });

  it('a file with no topic column, or nothing under it, says so', async () => {
    const noHeader = await readPlanFile(new TextEncoder().encode('Аты;Жөні\nА;Б\n'));
    expect(readPlanRows(noHeader.ok ? noHeader.rows : []).fileProblem).toBe('noHeader');
    const noTopics = await readPlanFile(new TextEncoder().encode('Тақырып;Сағат саны\n'));
    expect(readPlanRows(noTopics.ok ? noTopics.rows : []).fileProblem).toBe('noTopics');
    expect(await readPlanFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, problem: 'unreadableFile' });
  });
});
