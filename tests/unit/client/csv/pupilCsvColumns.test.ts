import { describe, expect, it } from 'vitest';
import { CsvErrorCode } from '@/client/csv/csvErrorCode';
import { PUPIL_CSV_HEADERS, columnOfHeader, matchPupilCsvHeader, normalizeHeader } from '@/client/csv/pupilCsvColumns';

describe('pupil CSV columns', () => {
  it('no header name stands for two columns, in any language', () => {
    const seen = new Map<string, string>();
    for (const names of Object.values(PUPIL_CSV_HEADERS)) {
      for (const [column, aliases] of Object.entries(names)) {
        for (const alias of aliases) {
          const key = normalizeHeader(alias);
          expect(seen.get(key) ?? column, alias).toBe(column);
          seen.set(key, column);
        }
      }
    }
  });

  it('recognises the kk, ru and en names of each column', () => {
    expect(['Тегі', 'Фамилия', 'Surname'].map(columnOfHeader)).toEqual(['surname', 'surname', 'surname']);
    expect(['Аты', 'Имя', 'Name'].map(columnOfHeader)).toEqual(['name', 'name', 'name']);
    expect(['Әкесінің аты', 'Отчество', 'Patronymic'].map(columnOfHeader)).toEqual(['patronymic', 'patronymic', 'patronymic']);
    expect(['Сынып', 'Класс', 'Grade'].map(columnOfHeader)).toEqual(['grade', 'grade', 'grade']);
    expect(['Сынып жиынтығы', 'Класс-комплект', 'Class set'].map(columnOfHeader)).toEqual(['classSet', 'classSet', 'classSet']);
    expect(['Туған күні', 'Дата рождения', 'Date of birth'].map(columnOfHeader)).toEqual(['birthDate', 'birthDate', 'birthDate']);
  });

  it('forgives case, punctuation, extra spaces, ё and bracketed notes', () => {
    expect(columnOfHeader('  ФАМИЛИЯ* ')).toBe('surname');
    expect(columnOfHeader('класс  комплект')).toBe('classSet');
    expect(columnOfHeader('Дата рождения (ДД.ММ.ГГГГ)')).toBe('birthDate');
    expect(columnOfHeader('Отчёство')).toBe('patronymic');
  });

  it('lists header cells it does not know and ignores blank ones', () => {
    expect(matchPupilCsvHeader(['№', 'Тегі', 'Аты', 'Сынып', 'Сынып жиынтығы', '', 'Ескерту'])).toEqual({
      ok: true,
      indexOf: { surname: 1, name: 2, grade: 3, classSet: 4 },
      ignoredColumns: ['№', 'Ескерту'],
    });
  });

  it('requires surname, name, grade and class set; patronymic and birth date are optional', () => {
    expect(matchPupilCsvHeader(['Аты', 'Туған күні'])).toEqual({
      ok: false,
      error: CsvErrorCode.missingColumn,
      columns: ['surname', 'grade', 'classSet'],
    });
  });
});
