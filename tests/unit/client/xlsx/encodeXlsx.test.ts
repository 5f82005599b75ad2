import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { encodeXlsx, sheetName, withNumbers } from '@/client/xlsx/encodeXlsx';

describe('encodeXlsx', () => {
  it('writes sheets Excel reads back: Kazakh text, numbers, empty cells', async () => {
    const bytes = await encodeXlsx([
      {
        name: '5-6 класс: алгебра',
        rows: [
          ['Оқушы', 'БЖБ 1'],
          ['Әлиев Нұрлан', 14],
          ['Өмірзақова Айгүл', null],
        ],
        frozenRows: 1,
      },
    ]);
    const [sheet] = await readXlsxFile(Buffer.from(bytes));
    expect(sheet!.sheet).toBe('5-6 класс- алгебра');
    expect(sheet!.data).toEqual([
      ['Оқушы', 'БЖБ 1'],
      ['Әлиев Нұрлан', 14],
      ['Өмірзақова Айгүл', null],
    ]);
  });

  it('keeps a typed formula as text', async () => {
    const bytes = await encodeXlsx([{ name: 'x', rows: [['=HYPERLINK("http://evil","x")']] }]);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).not.toContain('<f>');
    const [sheet] = await readXlsxFile(Buffer.from(bytes));
    expect(sheet!.data[0]![0]).toBe('=HYPERLINK("http://evil","x")');
  });

  it('names tabs as Excel allows', () => {
    expect(sheetName('a/b?c*'.repeat(10))).toHaveLength(31);
    expect(sheetName('')).toBe('-');
  });
});

describe('withNumbers', () => {
  it('turns whole numbers made for CSV into numbers and leaves the rest as text', () => {
    expect(withNumbers([['Сынып', '12', '-3', '87,5', '007a', '']])).toEqual([['Сынып', 12, -3, '87,5', '007a', '']]);
  });
});
