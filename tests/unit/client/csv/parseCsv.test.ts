import { describe, expect, it } from 'vitest';
import { csvText } from '@/client/csv/encodeCsv';
import { detectSeparator, parseCsv } from '@/client/csv/parseCsv';

describe('detectSeparator', () => {
  it('takes the separator that occurs most in the header', () => {
    expect(detectSeparator('Тегі;Аты;Сынып\n')).toBe(';');
    expect(detectSeparator('Surname,Name,Grade\n')).toBe(',');
    expect(detectSeparator('Surname\tName\tGrade\n')).toBe('\t');
  });

  it('ignores separators inside quotes and in later lines', () => {
    expect(detectSeparator('"a,b,c";d\nx,y,z,w,v')).toBe(';');
  });

  it('falls back to the semicolon Excel writes in kk and ru locales', () => {
    expect(detectSeparator('Тегі\n')).toBe(';');
    expect(detectSeparator('a;b,c\n')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('splits records on CRLF, LF or CR alike', () => {
    expect(parseCsv('a;b\r\nc;d\ne;f\rg;h', ';').records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('makes no extra record of a final line break, but keeps blank lines as records', () => {
    expect(parseCsv('a;b\r\n\r\nc;d\r\n', ';').records).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    const parsed = parseCsv('"Ахметова; Мария";"say ""hi""";"line 1\r\nline 2"\nx;y;z', ';');
    expect(parsed.records).toEqual([
      ['Ахметова; Мария', 'say "hi"', 'line 1\r\nline 2'],
      ['x', 'y', 'z'],
    ]);
    expect(parsed.hasUnterminatedQuote).toBe(false);
  });

  it('treats a quote inside an unquoted field as a character, as Excel does', () => {
    expect(parseCsv('О"Коннор;x', ';').records).toEqual([['О"Коннор', 'x']]);
  });

  it('keeps empty trailing fields', () => {
    expect(parseCsv('a;;\n', ';').records).toEqual([['a', '', '']]);
    expect(parseCsv('"";x', ';').records).toEqual([['', 'x']]);
  });

  it('reports a quoted field left open at the end of the file', () => {
    expect(parseCsv('a;"b\nc', ';').hasUnterminatedQuote).toBe(true);
  });

  it('reads back what csvText writes', () => {
    const rows = [
      ['a;b', 'x "y"', ' edge ', 'line\nbreak', ''],
      ['1', '2', '3', '4', '5'],
    ];
    expect(parseCsv(csvText(rows, ';'), ';').records).toEqual(rows);
    expect(parseCsv(csvText(rows, ','), ',').records).toEqual(rows);
  });
});
