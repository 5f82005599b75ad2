import { describe, expect, it } from 'vitest';
import { csvText, neutralizeFormula } from '@/client/csv/encodeCsv';
import { parseCsv } from '@/client/csv/parseCsv';

describe('CSV export against formula injection', () => {
  it.each(['=HYPERLINK("http://evil","Аружан")', '+1+1', '-2+3', '@SUM(A1)', '\tтаб', '\rCR'])('a cell starting %j is written as text', (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
  });

  it('plain numbers, dates and names are written as they are', () => {
    for (const cell of ['-3', '+5', '12,5', '2026-11-30', 'Сейітова', '']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('a neutralised cell still round-trips through the file with its quotes', () => {
    const text = csvText([['=1;2', 'Әлия']]);
    expect(text).toBe(`"'=1;2";Әлия\r\n`);
    expect(parseCsv(text, ';')).toMatchObject({ records: [["'=1;2", 'Әлия']], hasUnterminatedQuote: false });
  });
});
