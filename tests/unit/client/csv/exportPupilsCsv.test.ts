import { describe, expect, it } from 'vitest';
import { exportPupilsCsv, pupilsCsvRows, type ExportPupil } from '@/client/csv/exportPupilsCsv';
import { formatCsvDate, parseCsvDate } from '@/client/csv/parseCsvDate';

const CLASS_SETS = [
  { id: 'cs56', name: '5-6' },
  { id: 'cs10', name: '10-11' },
];
const PUPILS: ExportPupil[] = [
  { surname: 'Омаров', name: 'Тимур', grade: 10, classSetId: 'cs10' },
  { surname: 'Сейітова', name: 'Аружан', patronymic: 'Болатқызы', grade: 6, classSetId: 'cs56', birthDate: '2013-03-12' },
  { surname: 'Әбдіров', name: 'Нұр', grade: 6, classSetId: 'cs56' },
  { surname: 'Ахметов', name: 'Ерлан', grade: 5, classSetId: 'cs56' },
  { surname: 'Бекова', name: 'Дана', grade: 5, classSetId: 'cs56', status: 'withdrawn' },
];

describe('exportPupilsCsv', () => {
  it('writes UTF-8 with a BOM, semicolons and CRLF, header in the chosen language', () => {
    const bytes = exportPupilsCsv(PUPILS.slice(0, 1), CLASS_SETS, { language: 'kk' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'Тегі;Аты;Әкесінің аты;Сынып;Біріктірілген сынып;Туған күні\r\nОмаров;Тимур;;10;10-11;\r\n',
    );
    expect(pupilsCsvRows([], CLASS_SETS, { language: 'ru' })).toEqual([['Фамилия', 'Имя', 'Отчество', 'Класс', 'Класс-комплект', 'Дата рождения']]);
    expect(pupilsCsvRows([], CLASS_SETS, { language: 'en' })[0]?.[4]).toBe('Class set');
  });

  it('orders by class set (numerically), grade, then name, and leaves withdrawn pupils out', () => {
    const rows = pupilsCsvRows(PUPILS, CLASS_SETS, { language: 'kk' }).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['Ахметов', 'Әбдіров', 'Сейітова', 'Омаров']);
    const all = pupilsCsvRows(PUPILS, CLASS_SETS, { language: 'kk', includeWithdrawn: true });
    expect(all).toHaveLength(6);
  });

  it('exports one class set when asked', () => {
    const rows = pupilsCsvRows(PUPILS, CLASS_SETS, { language: 'kk', classSetId: 'cs10' });
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Омаров']);
  });

  it('writes dates DD.MM.YYYY for kk and ru, YYYY-MM-DD for en', () => {
    const one = [PUPILS[1]!];
    expect(pupilsCsvRows(one, CLASS_SETS, { language: 'ru' })[1]?.[5]).toBe('12.03.2013');
    expect(pupilsCsvRows(one, CLASS_SETS, { language: 'en' })[1]?.[5]).toBe('2013-03-12');
  });
});

describe('CSV dates', () => {
  it('reads YYYY-MM-DD and DD.MM.YYYY, refuses impossible or slashed dates', () => {
    expect(parseCsvDate(' 2014-03-12 ')).toBe('2014-03-12');
    expect(parseCsvDate('12.03.2014')).toBe('2014-03-12');
    expect(parseCsvDate('29.02.2016')).toBe('2016-02-29');
    expect(parseCsvDate('29.02.2015')).toBeUndefined();
    expect(parseCsvDate('2014-13-01')).toBeUndefined();
    expect(parseCsvDate('12/03/2014')).toBeUndefined();
  });

  it('formats what it reads back', () => {
    expect(parseCsvDate(formatCsvDate('2014-03-05', 'dotted'))).toBe('2014-03-05');
  });
});
