import { describe, expect, it } from 'vitest';
import { mergeRow, type IncomingWrite, type RowState } from '@/sync/mergeRow';
import { formatStamp } from '@/domain/hlc';

const A = '000000000000000a';
const B = '000000000000000b';
const s = (millis: number, node = A, counter = 0) => formatStamp({ millis, counter, node });

function applyAll(writes: IncomingWrite[]): RowState | undefined {
  let row: RowState | undefined;
  for (const w of writes) row = mergeRow(row, w).row;
  return row;
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('mergeRow', () => {
  it('M1: the same writes in any order give the same row', () => {
    const writes: IncomingWrite[] = [
      { fields: { status: 'absent', note: 'x' }, clocks: { status: s(10), note: s(10) } },
      { fields: { status: 'late' }, clocks: { status: s(12, B) } },
      { fields: { note: 'y', topic: 'fractions' }, clocks: { note: s(11, B), topic: s(11, B) } },
    ];
    const results = permutations(writes).map(applyAll);
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]!.fields).toEqual({ status: 'late', note: 'y', topic: 'fractions' });
  });

  it('M2: merging a write twice changes nothing the second time', () => {
    const w: IncomingWrite = { fields: { status: 'ill' }, clocks: { status: s(5) }, bases: { status: null } };
    const once = mergeRow(undefined, w);
    const twice = mergeRow(once.row, w);
    expect(twice.row).toEqual(once.row);
    expect(twice.changedFields).toEqual([]);
    expect(twice.lost).toEqual([]);
  });

  it('M3: overwriting a value the writer had not seen reports the overwritten value', () => {
    const current: RowState = { fields: { status: 'absent' }, clocks: { status: s(10, B) } };
    const r = mergeRow(current, { fields: { status: 'late' }, clocks: { status: s(11) }, bases: { status: null } });
    expect(r.row.fields.status).toBe('late');
    expect(r.lost).toEqual([{ field: 'status', value: 'absent', stamp: s(10, B), winningStamp: s(11), side: 'current' }]);
  });

  it('M3: a write that loses to a newer concurrent value is reported as the loser', () => {
    const current: RowState = { fields: { status: 'absent' }, clocks: { status: s(20, B) } };
    const r = mergeRow(current, { fields: { status: 'late' }, clocks: { status: s(11) }, bases: { status: null } });
    expect(r.row.fields.status).toBe('absent');
    expect(r.lost).toEqual([{ field: 'status', value: 'late', stamp: s(11), winningStamp: s(20, B), side: 'incoming' }]);
  });

  it('M4: editing a value the writer had seen is not a conflict', () => {
    const current: RowState = { fields: { status: 'absent' }, clocks: { status: s(10, B) } };
    const r = mergeRow(current, { fields: { status: 'present' }, clocks: { status: s(11) }, bases: { status: s(10, B) } });
    expect(r.row.fields.status).toBe('present');
    expect(r.lost).toEqual([]);
  });

  it('M5: concurrent writes of the same value are not a conflict', () => {
    const current: RowState = { fields: { grades: [5, 6] }, clocks: { grades: s(10, B) } };
    const r = mergeRow(current, { fields: { grades: [5, 6] }, clocks: { grades: s(11) }, bases: { grades: null } });
    expect(r.lost).toEqual([]);
  });

  it('M6: a pulled row (no bases) merges without reporting losers', () => {
    const current: RowState = { fields: { status: 'late' }, clocks: { status: s(30) } };
    const r = mergeRow(current, { fields: { status: 'absent' }, clocks: { status: s(20, B) } });
    expect(r.row.fields.status).toBe('late');
    expect(r.lost).toEqual([]);
  });
});
