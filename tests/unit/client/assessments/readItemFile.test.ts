/**
 * An item bank file as a teacher has it: an .xlsx saved from Excel (Russian headers, a title
 * row above them), a CSV in Windows-1251, or GIFT text; each bad item named with its row or
 * line and the reason.
 */
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readItemFile } from '@/client/assessments/readItemFile';

const HEADER = ['Тип', 'Раздел', 'Тема', 'Вопрос', 'A', 'B', 'C', 'Ответ', 'Баллы'];
const ROWS = [
  ['один ответ', 'Дроби', 'Сравнение дробей', 'Какая дробь больше?', '2/5', '3/5', '1/5', 'B', '1'],
  ['число', 'Дроби', 'Десятичные дроби', '0,5 + 0,25 = ?', '', '', '', '0,75', '2'],
  ['один ответ', 'Дроби', 'Сравнение дробей', 'Без ответа', 'a', 'b', '', 'D', '1'],
];

function cp1251(text: string): Uint8Array {
  // Cyrillic А-я map to 0xC0-0xFF in Windows-1251; ASCII stays.
  return Uint8Array.from([...text].map((ch) => (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
}

describe('readItemFile', () => {
  it('reads an .xlsx with a title row, Russian headers and a bad row named by its row number', async () => {
    const sheet = [[{ value: 'Банк заданий, 5 класс' }], HEADER.map((value) => ({ value })), ...ROWS.map((r) => r.map((value) => ({ value })))];
    const bytes = new Uint8Array(await writeXlsxFile(sheet).toBuffer());
    const file = await readItemFile('bank.xlsx', bytes, 'ru');
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.items.map((r) => [r.line, r.ok ? r.item.kind : r.problem])).toEqual([
      [3, 'single'],
      [4, 'number'],
      [5, 'badAnswerLetter'],
    ]);
    expect(file.items[1]).toMatchObject({ item: { key: { value: 0.75 }, points: 2, topic: 'Десятичные дроби' } });
  });

  it('reads a CSV in Windows-1251 and GIFT text; refuses a file it cannot read or with no question column', async () => {
    const csv = [HEADER, ...ROWS].map((r) => r.join(';')).join('\r\n');
    const fromCsv = await readItemFile('bank.csv', cp1251(csv), 'ru');
    expect(fromCsv.ok && fromCsv.items.map((r) => r.ok)).toEqual([true, true, false]);
    const gift = await readItemFile('bank.gift', new TextEncoder().encode('Столица Казахстана? {=Астана ~Алматы}'), 'ru');
    expect(gift.ok && gift.items[0]).toMatchObject({ ok: true, item: { kind: 'single' } });
    expect(await readItemFile('bank.csv', new TextEncoder().encode('Имя;Фамилия\nА;Б\n'), 'ru')).toEqual({ ok: false, problem: 'noHeader' });
    expect(await readItemFile('bank.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'ru')).toEqual({
      ok: false,
      problem: 'unreadableFile',
    });
  });
});
