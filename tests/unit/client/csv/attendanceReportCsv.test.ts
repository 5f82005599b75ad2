import { describe, expect, it } from 'vitest';
import { classSetReportCsvRows, formatCsvPercent, schoolReportCsvRows } from '@/client/csv/attendanceReportCsv';
import { encodeCsv } from '@/client/csv/encodeCsv';
import { parseCsv } from '@/client/csv/parseCsv';
import { indexAttendance } from '@/domain/reports/attendanceIndex';
import { classSetAttendanceReport, schoolAttendanceReport } from '@/domain/reports/classSetAttendanceReport';
import { attendanceFixture, RANGE, THRESHOLDS } from '../../domain/reports/attendanceFixture';

const index = indexAttendance(attendanceFixture());
const report = classSetAttendanceReport(index, 'cs56', RANGE, THRESHOLDS);

describe('attendance report CSV', () => {
  it('writes a header, a row per pupil and a totals row, in Russian with н/п/б/о', () => {
    const rows = classSetReportCsvRows(report, 'ru');
    expect(rows[0]).toEqual([
      'Ученик',
      'Класс',
      'Проведено уроков',
      'Без уважительной причины (н)',
      'По уважительной причине (п)',
      'По болезни (б)',
      'Пропущено уроков, всего',
      'Пропущено дней',
      'Опоздания (о)',
      'Присутствие, %',
      'Пропусков подряд',
      'Отметка',
    ]);
    expect(rows[1]).toEqual(['Ахметов Ерлан', '5', '30', '2', '0', '1', '3', '0', '0', '90', '2', '']);
    expect(rows[2]).toEqual([
      'Қасымова Әйгерім Болатқызы',
      '5',
      '30',
      '5',
      '0',
      '0',
      '5',
      '1',
      '0',
      '83,3',
      '5',
      'выше порога пропусков, пропуски подряд',
    ]);
    expect(rows.at(-1)).toEqual(['Итого', '', '126', '8', '1', '4', '13', '2', '1', '89,7', '', '2']);
    expect(rows).toHaveLength(7);
  });

  it('uses Kazakh headers with Ж/Д/А/К and a point as decimal mark in English', () => {
    expect(classSetReportCsvRows(report, 'kk')[0]?.slice(3, 6)).toEqual(['Себепсіз (Ж)', 'Дәлелді (Д)', 'Ауырып (А)']);
    expect(classSetReportCsvRows(report, 'en').at(-1)?.[9]).toBe('89.7');
    expect(formatCsvPercent(null, 'kk')).toBe('');
    expect(formatCsvPercent(100, 'ru')).toBe('100');
  });

  it("encodes UTF-8 with a BOM and semicolons, readable by the import's parser", () => {
    const bytes = encodeCsv(classSetReportCsvRows(report, 'kk'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(new TextDecoder().decode(bytes.slice(3)), ';');
    expect(parsed.records).toEqual(classSetReportCsvRows(report, 'kk'));
  });

  it('writes the school report as a row per class set and the school total', () => {
    const school = schoolAttendanceReport(index, ['cs56', 'cs78'], RANGE, THRESHOLDS);
    const rows = schoolReportCsvRows(
      school,
      new Map([
        ['cs56', '5-6'],
        ['cs78', '7-8'],
      ]),
      'kk',
    );
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Біріктірілген сынып', 'Оқушылар саны', 'Өткізілген сабақтар'],
      ['5-6', '5', '126'],
      ['7-8', '1', '10'],
      ['Барлығы', '6', '136'],
    ]);
  });
});
