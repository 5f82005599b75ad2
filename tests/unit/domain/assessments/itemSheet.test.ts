import { describe, expect, it } from 'vitest';
import { readItemSheet, writeItemSheet } from '@/domain/assessments/itemSheet';
import { itemSchema, type Item } from '@/domain/entities/item';

const ROWS = [
  ['Бөлшектер, 5-сынып'],
  ['Түрі', 'Бөлім', 'Тақырып', 'Оқу мақсаты', 'Сұрақ', 'A', 'B', 'C', 'D', 'Жауап', 'Балл', 'Түсініктеме', 'Өзін-өзі тексеру'],
  ['бір жауап', 'Бөлшектер', 'Салыстыру', '5.1.2.1', 'Қай бөлшек үлкен?', '2/5', '3/5', '1/5', '', 'В', '2', 'Бөлімі бірдей', 'иә'],
  ['', 'Бөлшектер', 'Салыстыру', '', 'Жай сандар', '2', '3', '4', '', 'A, B', '', '', ''],
  ['сан', 'Бөлшектер', 'Ондық', '', '0,5 + 0,25 = ?', '', '', '', '', '0,75 ± 0,01', '1', '', ''],
  ['мәтін', 'Бөлшектер', 'Ондық', '', 'Бөлшек сызығының аты', '', '', '', '', 'алым | бөлім сызығы', '1', '', ''],
  ['сәйкестік', 'Бөлшектер', 'Ондық', '', 'Сәйкестендіріңіз', '1/2 = 0,5', '1/4 = 0,25', '', '', '', '2', '', ''],
  ['', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['бір жауап', 'Бөлшектер', 'Салыстыру', '', 'Жауабы жоқ', 'a', 'b', '', '', 'Е', '1', '', ''],
  ['бір жауап', 'Бөлшектер', '', '', 'Тақырыбы жоқ', 'a', 'b', '', '', 'A', '1', '', ''],
  ['сан', 'Бөлшектер', 'Ондық', '', 'Сан емес', '', '', '', '', 'көп', '1', '', ''],
  ['бір жауап', 'Бөлшектер', 'Ондық', '', 'Балл', 'a', 'b', '', '', 'A', '-1', '', ''],
];

describe('the item spreadsheet', () => {
  const read = readItemSheet(ROWS);

  it('finds its columns by Kazakh headers and reads each kind; each bad row is named by its row number and reason', () => {
    expect(Array.isArray(read)).toBe(true);
    if (!Array.isArray(read)) return;
    expect(read.map((r) => [r.line, r.ok ? r.item.kind : r.problem])).toEqual([
      [3, 'single'],
      [4, 'multiple'],
      [5, 'number'],
      [6, 'shortText'],
      [7, 'matching'],
      [9, 'badAnswerLetter'],
      [10, 'noTopic'],
      [11, 'badNumber'],
      [12, 'badPoints'],
    ]);
    expect(read[0]).toMatchObject({ item: { key: { optionId: 'b' }, points: 2, selfCheck: true, objectiveCode: '5.1.2.1', section: 'Бөлшектер' } });
    expect(read[2]).toMatchObject({ item: { key: { value: 0.75, tolerance: 0.01 } } });
    expect(read[3]).toMatchObject({ item: { key: { accepted: ['алым', 'бөлім сызығы'] } } });
  });

  it('refuses a sheet without a question column', () => {
    expect(readItemSheet([['a', 'b']])).toEqual({ problem: 'noHeader' });
  });

  it('what it writes reads back as the same items', () => {
    if (!Array.isArray(read)) return;
    const base = { subjectId: 's', grade: 5, topicId: 't', language: 'kk' as const };
    const items = read.flatMap((r) =>
      r.ok
        ? [{ ...(itemSchema.parse({ ...r.item, ...base, section: undefined, topic: undefined, objectiveCode: undefined }) as Item), topicTitle: 'Т' }]
        : [],
    );
    const again = readItemSheet(writeItemSheet(items));
    expect(Array.isArray(again) && again.map((r) => (r.ok ? r.item.key : r.problem))).toEqual(items.map((i) => i.key));
  });
});
