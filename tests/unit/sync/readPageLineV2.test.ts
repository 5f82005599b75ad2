/**
 * The hand-written page reader accepts exactly the page lines `syncLineV2ReadSchema` accepts,
 * and reads them to the same rows: seeded hostile variants of a real page (each a value
 * swapped somewhere in it for another kind of JSON value, or a key dropped or added), every
 * one parsed from JSON text as the transport receives it.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom, type SeededRandom } from '@/domain/seededRandom';
import { rowFromWire, syncLineV2ReadSchema } from '@/sync/protocolV2';
import { readPageLineV2 } from '@/sync/readPageLineV2';

const PAGE = {
  type: 'page',
  cursor: 'v1:2000',
  rows: [
    {
      table: 'attendanceMarks',
      id: 'm1',
      fields: { sessionId: 's1', pupilId: 'p1', status: 'absent', note: null, tags: ['a'] },
      stamp: '0001764000000000-0000-aaaaaaaaaaaaaaaa',
    },
    {
      table: 'classSets',
      id: 'c1',
      fields: { name: '5 А', grades: [5] },
      stamp: '0001764000000000-0001-aaaaaaaaaaaaaaaa',
      stamps: { grades: '0001764000000000-0002-aaaaaaaaaaaaaaaa' },
    },
    { table: 'notATable', id: 'x', fields: {} },
  ],
};

const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  '',
  'v1:12',
  'v1:x',
  'x'.repeat(70),
  true,
  [],
  [1],
  {},
  { a: 1 },
  { constructor: 'x' },
  { __proto__: 1 },
];

/** Every path of a JSON value: the keys and indexes from the root. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function mutate(random: SeededRandom): string {
  const copy = JSON.parse(JSON.stringify(PAGE)) as Record<string, unknown>;
  const path = random.pick(paths(copy).filter((p) => p.length > 0));
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const roll = random.next();
  if (roll < 0.2 && !Array.isArray(parent)) delete parent[key];
  else if (roll < 0.3 && !Array.isArray(parent)) parent[`extra${random.int(0, 9)}`] = random.pick(ODD_VALUES);
  else parent[key] = random.pick(ODD_VALUES);
  // Text, so that `__proto__` and `constructor` arrive as own keys, as JSON.parse makes them.
  return JSON.stringify(copy).replace('"extra0"', '"__proto__"').replace('"extra1"', '"constructor"');
}

describe('the page reader matches the schema', () => {
  it('reads a good page to the rows the schema reads', () => {
    const line = JSON.parse(JSON.stringify(PAGE)) as unknown;
    const parsed = syncLineV2ReadSchema.parse(line);
    const read = readPageLineV2(line)!;
    expect(read.cursor).toBe('v1:2000');
    if (parsed.type !== 'page') throw new Error('not a page');
    expect(read.rows.map((r) => rowFromWire(r, 's'))).toEqual(parsed.rows.map((r) => rowFromWire(r, 's')));
  });

  it('accepts and refuses the same 5,000 hostile variants, and reads the accepted ones alike', () => {
    const random = seededRandom('readPageLineV2');
    let refused = 0;
    for (let i = 0; i < 5_000; i++) {
      const text = mutate(random);
      const schema = syncLineV2ReadSchema.safeParse(JSON.parse(text));
      const read = readPageLineV2(JSON.parse(text));
      const schemaPage = schema.success && schema.data.type === 'page' ? schema.data : undefined;
      expect(read !== undefined, text).toBe(schemaPage !== undefined);
      if (read && schemaPage) {
        expect(read.cursor).toBe(schemaPage.cursor);
        expect(
          read.rows.map((r) => rowFromWire(r, 's')),
          text,
        ).toEqual(schemaPage.rows.map((r) => rowFromWire(r, 's')));
      } else refused++;
    }
    expect(refused).toBeGreaterThan(1_000);
  });

  it('other lines are not pages', () => {
    expect(readPageLineV2({ type: 'end', cursor: 'v1:1', hasMore: false })).toBeUndefined();
    expect(readPageLineV2(null)).toBeUndefined();
    expect(readPageLineV2([PAGE])).toBeUndefined();
  });
});
