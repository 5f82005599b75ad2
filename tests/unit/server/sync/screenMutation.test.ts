/**
 * `screenMutation` was rewritten to allocate less (no closures per call, own keys walked
 * with `for...in`, plain values checked without the JSON walk). It must answer every change
 * exactly as before: the reference (screenMutationReference.ts, the code before) and the
 * current code are run on seeded changes, well-formed and hostile (unknown tables and
 * fields, bad ids, unsafe text in names and values, JSON too deep, stamps malformed or
 * ahead, missing stamps, `__proto__` as a key), and their answers compared.
 */
import { describe, expect, it } from 'vitest';
import { screenMutation } from '@/server/sync/screenMutation';
import { formatStamp } from '@/domain/hlc';
import { seededRandom, type SeededRandom } from '../../../support/seededRandom';
import { referenceScreenMutation } from './screenMutationReference';

const NOW = Date.parse('2026-11-23T08:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const NODE = '4fa6aff4f3d84afc';

const validStamp = (random: SeededRandom) => formatStamp({ millis: NOW - random.int(1000), counter: random.int(3), node: NODE });

function hostileStamp(random: SeededRandom): unknown {
  return random.pick([
    formatStamp({ millis: NOW + 2 * DAY_MS, counter: 0, node: NODE }),
    '2026-13-01T00:00:00.000Z-0000-4fa6aff4f3d84afc',
    '2028-02-30T00:00:00.000Z-0000-4fa6aff4f3d84afc',
    'not a stamp',
    '',
    null,
    42,
    { at: 1 },
  ]);
}

function deepValue(): unknown {
  let deep: unknown = 'bottom';
  for (let i = 0; i < 35; i++) deep = [deep];
  return deep;
}

function hostileValue(random: SeededRandom): unknown {
  return random.pick<unknown>(['nul\u0000here', 'half \ud800 pair', '\udc00lone', deepValue(), { 'bad\u0000key': 1 }, [['ok', 'x\u0000']]]);
}

const GOOD_VALUES: unknown[] = ['present', 'Бөлшектерді қосу', '2026-11-23', 3, true, null, { kind: 'choice', optionIds: ['b'] }, ['a', 'b']];
const FIELDS = ['status', 'pupilId', 'sessionId', 'date', 'minutesLate', 'deleted'];

function define(record: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
}

/** A well-formed change, and, for most, one or two faults of a hostile or newer client. */
function changeOf(random: SeededRandom, seq: number): { seq: number } & Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const clocks: Record<string, unknown> = {};
  const bases: Record<string, unknown> = {};
  const stamp = validStamp(random);
  for (const name of FIELDS) {
    if (!random.chance(0.6)) continue;
    fields[name] = random.pick(GOOD_VALUES);
    clocks[name] = random.chance(0.85) ? stamp : validStamp(random);
    if (random.chance(0.3)) bases[name] = random.chance(0.6) ? null : validStamp(random);
  }
  const raw: { seq: number } & Record<string, unknown> = {
    seq,
    table: random.pick(['attendanceMarks', 'marks', 'answers', 'subjects']),
    id: '8c2348c0-5a15-83ab-96ca-e301985459cb',
    schoolId: 'school-1',
    kind: random.pick(['upsert', 'append']),
    fields,
    clocks,
  };
  if (random.chance(0.5)) raw.bases = bases;
  const faults = random.chance(0.35) ? 0 : 1 + random.int(2);
  for (let f = 0; f < faults; f++) {
    const name = random.pick(FIELDS);
    switch (random.int(14)) {
      case 0:
        raw.table = random.pick(['noSuchTable', 42, 'x'.repeat(80)]);
        break;
      case 1:
        raw.kind = random.pick(['explode', undefined, 1]);
        break;
      case 2:
        raw.id = random.pick(['', 'x'.repeat(80), 'nul\u0000id', 7, 'half\ud800']);
        break;
      case 3:
        raw.schoolId = random.pick(['', null, 'x'.repeat(70)]);
        break;
      case 4:
        raw[random.pick(['fields', 'clocks', 'bases'])] = random.pick([null, [], 'text', 5]);
        break;
      case 5:
        define(random.pick([fields, clocks, bases]), random.pick(['', 'x'.repeat(70), 'bad\ud800', 'nul\u0000']), stamp);
        break;
      case 6:
        clocks[name] = hostileStamp(random);
        fields[name] ??= 'present';
        break;
      case 7:
        bases[name] = hostileStamp(random);
        raw.bases = bases;
        break;
      case 8:
        fields[name] = hostileValue(random);
        clocks[name] ??= stamp;
        break;
      case 9:
        fields[name] = 'present';
        delete clocks[name];
        break;
      case 10:
        fields.futureField = 'x';
        clocks.futureField = stamp;
        break;
      case 11:
        define(fields, '__proto__', { polluted: true });
        define(clocks, '__proto__', stamp);
        break;
      case 12:
        clocks.orphan = stamp;
        break;
      default:
        for (const k of Object.keys(fields)) if (k !== 'deleted') delete fields[k];
        fields.onlyNew = 1;
        clocks.onlyNew = stamp;
    }
  }
  return raw;
}

describe('screenMutation', () => {
  it('refuses a change that names the empty field, the key under which a row keeps its shared stamp', () => {
    const stamp = formatStamp({ millis: NOW, counter: 0, node: NODE });
    for (const [fields, clocks] of [
      [{ '': 'x' }, { '': stamp }],
      [{ status: 'present' }, { status: stamp, '': stamp }],
    ] as const) {
      const screened = screenMutation({ seq: 1, table: 'attendanceMarks', id: 'row-1', schoolId: 'school-1', kind: 'upsert', fields, clocks }, NOW);
      expect(screened.mutation).toBeUndefined();
      expect(screened.rejection?.reason).toBe('invalid');
    }
  });

  it('answers 20,000 seeded changes, hostile or not, exactly as the code before', () => {
    const random = seededRandom(20261204);
    const outcomes = { accepted: 0, refused: 0, split: 0 };
    for (let i = 0; i < 20_000; i++) {
      const raw = changeOf(random, i + 1);
      const expected = referenceScreenMutation(raw, NOW);
      const actual = screenMutation(raw, NOW);
      expect(actual, `change ${i}`).toEqual(expected);
      if (actual.mutation && actual.rejection) outcomes.split++;
      else if (actual.mutation) outcomes.accepted++;
      else outcomes.refused++;
    }
    // The variants reach every outcome, each many times.
    for (const count of Object.values(outcomes)) expect(count).toBeGreaterThan(500);
  });
});
