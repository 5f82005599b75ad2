import { describe, expect, it } from 'vitest';
import { readGift, writeGift } from '@/domain/assessments/gift';
import { itemSchema, type Item } from '@/domain/entities/item';

const FILE = `// Бөлшектер, 5-сынып
$CATEGORY: $course$/top/Бөлшектер/Жай бөлшектерді салыстыру

::Q1:: Қай бөлшек үлкен? {=3/5 ~2/5 ~1/5 #Бөлімі бірдей}

Жай сандарды таңдаңыз {~%50%2 ~%50%3 ~%-100%4}

Жер Күнді айнала қозғалады. {T}

Қазақстанның астанасы? {=Астана =Astana ####Елорда 1997 жылдан бері}

π-дің мәні? {#3.14:0.01}

5 пен 7-нің арасындағы сан {#5..7}

Сәйкестендіріңіз {
  =1/2 -> 0,5
  =1/4 -> 0,25
}

Эссе жазыңыз {}

Абай \\{Құнанбайұлы\\} {=1845 жылы ~1850 жылы} туған

Жабылмаған {=a ~b
`;

describe('GIFT', () => {
  const read = readGift(FILE, 'kk');

  it('reads every kind, with the category as section and topic, and says why each bad question cannot be imported, on its line', () => {
    expect(read.map((r) => (r.ok ? r.item.kind : r.problem))).toEqual([
      'single',
      'multiple',
      'single',
      'shortText',
      'number',
      'number',
      'matching',
      'unsupportedKind',
      'single',
      'unclosedBrace',
    ]);
    const first = read[0]!;
    expect(first).toMatchObject({
      line: 4,
      ok: true,
      item: { prompt: 'Қай бөлшек үлкен?', section: 'Бөлшектер', topic: 'Жай бөлшектерді салыстыру' },
    });
    expect(read[7]).toMatchObject({ ok: false, line: 21 });
  });

  it('keeps keys, explanations, ranges and escapes as written', () => {
    const items = read.flatMap((r) => (r.ok ? [r.item] : []));
    expect(items[0]!.key).toEqual({ kind: 'single', optionId: 'a' });
    expect(items[1]!.key).toEqual({ kind: 'multiple', optionIds: ['a', 'b'] });
    expect(items[2]).toMatchObject({ options: [{ text: 'Дұрыс' }, { text: 'Бұрыс' }], key: { optionId: 'a' } });
    expect(items[3]).toMatchObject({ key: { accepted: ['Астана', 'Astana'] }, explanation: 'Елорда 1997 жылдан бері' });
    expect(items[4]!.key).toEqual({ kind: 'number', value: 3.14, tolerance: 0.01 });
    expect(items[5]!.key).toEqual({ kind: 'number', value: 6, tolerance: 1 });
    expect(items[6]).toMatchObject({
      matchOptions: [{ text: '0,5' }, { text: '0,25' }],
      key: {
        pairs: [
          ['a', '1'],
          ['b', '2'],
        ],
      },
    });
    expect(items[7]!.prompt).toBe('Абай {Құнанбайұлы} _____ туған');
  });

  it('what it writes reads back as the same items', () => {
    const base = { subjectId: 's', grade: 5, topicId: 't', language: 'kk' as const };
    const items = read.flatMap((r) => (r.ok ? [itemSchema.parse({ ...r.item, ...base, section: undefined, topic: undefined }) as Item] : []));
    const again = readGift(writeGift(items.map((i) => ({ ...i, sectionTitle: 'Бөлшектер', topicTitle: 'Салыстыру' }))), 'kk');
    expect(again.every((r) => r.ok)).toBe(true);
    expect(again.map((r) => (r.ok ? [r.item.key, r.item.prompt, r.item.explanation] : []))).toEqual(
      items.map((i) => [i.key, i.prompt, i.explanation]),
    );
  });
});
