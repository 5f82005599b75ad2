/**
 * The v2 wire's codec: one stamp per write with per-field overrides, no school id. Encoding
 * then decoding gives back exactly the v1 shapes the merge reads (any per-field record,
 * however its stamps are spread), and the server's decoder never throws on hostile input:
 * it hands `screenMutation` something it refuses with v1's reason.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChangeKind, type Change } from '@/sync/change';
import { RejectionReason, type PulledRow } from '@/sync/protocol';
import {
  changeToWire,
  pushBatchEnvelopeSchema,
  pushBatchSchema,
  rawChangeFromWire,
  rejectionFromWire,
  rejectionToWire,
  rowFromWire,
  rowToWire,
  SYNC_V2_LIMITS,
  wireChangeSchema,
  wireRowSchema,
} from '@/sync/protocolV2';
import { packPerField, unpackPerField } from '@/sync/protocolV2Stamps';
import { screenMutation } from '@/server/sync/screenMutation';
import { seededRandom } from '../../support/seededRandom';

const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const stampAt = (minute: number, node = 'a1b2c3d4e5f60718') => `2026-11-23T09:${String(minute).padStart(2, '0')}:00.000Z-0000-${node}`;
const SCHOOL = 'school-1';

function change(over: Partial<Change> & { seq?: number } = {}): Change & { seq: number } {
  return {
    seq: 7,
    table: 'lessonSessions',
    id: 'row-1',
    schoolId: SCHOOL,
    kind: ChangeKind.upsert,
    fields: { topic: 'Бөлшектер', date: '2026-11-23', slotId: 's1' },
    clocks: { topic: stampAt(1), date: stampAt(1), slotId: stampAt(1) },
    bases: { topic: null, date: null, slotId: null },
    ...over,
  };
}

describe('packPerField / unpackPerField', () => {
  it('gives back any per-field record, seeded over 2,000 random ones', () => {
    const r = seededRandom(42);
    for (let n = 0; n < 2_000; n++) {
      const names = Array.from({ length: r.int(6) }, (_, i) => `f${i}`);
      const record: Record<string, string | null> = {};
      for (const f of [...names, 'extra', 'gone']) {
        const roll = r.next();
        if (roll < 0.15) continue; // a field without an entry
        if (!names.includes(f) && roll < 0.7) continue;
        record[f] = roll < 0.25 ? null : stampAt(r.int(3));
      }
      const packed = packPerField(names, record);
      expect(unpackPerField(names, packed.common, packed.overrides)).toEqual(record);
    }
  });

  it('keeps one shared stamp and no overrides when a write stamped every field alike', () => {
    const c = change();
    const wire = changeToWire(c);
    expect(wire.stamp).toBe(stampAt(1));
    expect(wire.stamps).toBeUndefined();
    expect(wire.base).toBeNull();
    expect(wire.bases).toBeUndefined();
    expect(wire).not.toHaveProperty('schoolId');
    expect(wire).not.toHaveProperty('clocks');
    expect(wire).not.toHaveProperty('kind'); // upsert is the default
  });

  it('overrides only the fields whose stamp differs (the most common stamp is shared)', () => {
    const wire = changeToWire(change({ clocks: { topic: stampAt(2), date: stampAt(1), slotId: stampAt(1) } }));
    expect(wire.stamp).toBe(stampAt(1));
    expect(wire.stamps).toEqual({ topic: stampAt(2) });
  });
});

describe('changes: v2 wire to the v1 shape', () => {
  const cases: Array<[string, Change & { seq: number }]> = [
    ['an upsert with null bases', change()],
    ['an update with mixed bases', change({ bases: { topic: stampAt(0), date: null, slotId: stampAt(0) } })],
    ['an append without bases', (({ bases: _b, ...c }) => ({ ...c, table: 'attempts' as const, kind: ChangeKind.append }))(change())],
    ['empty bases', change({ bases: {} })],
    ['a field with no stamp (the screen refuses it as in v1)', change({ clocks: { topic: stampAt(1) } })],
    ['a stamp for a field not written', change({ clocks: { topic: stampAt(1), date: stampAt(1), slotId: stampAt(1), other: stampAt(3) } })],
  ];
  it.each(cases)('%s decodes to the same change, valid on the wire', (_, c) => {
    const wire = changeToWire(c);
    expect(wireChangeSchema.safeParse(wire).success).toBe(true);
    const json = JSON.parse(JSON.stringify(wire)) as { seq: number } & Record<string, unknown>;
    expect(rawChangeFromWire(json, SCHOOL)).toEqual(c);
    // And the server's screen decides it exactly as it decides the v1 change.
    expect(screenMutation(rawChangeFromWire(json, SCHOOL), NOW)).toEqual(screenMutation(c, NOW));
  });

  it('takes the school from the token, whatever the wire says', () => {
    const decoded = rawChangeFromWire({ ...changeToWire(change()), schoolId: 'another-school' }, SCHOOL);
    expect(decoded.schoolId).toBe(SCHOOL);
  });

  it('never throws on hostile parts; the screen refuses them with v1 reasons', () => {
    const base = changeToWire(change()) as unknown as Record<string, unknown>;
    const hostile: Array<[Record<string, unknown>, string]> = [
      [{ stamp: 42 }, RejectionReason.invalidStamp],
      [{ stamp: '2026-13-40T99:00:00.000Z-0000-a1b2c3d4e5f60718' }, RejectionReason.invalidStamp],
      [{ stamp: '9999-01-01T00:00:00.000Z-0000-a1b2c3d4e5f60718' }, RejectionReason.stampAhead],
      [{ stamps: 'x' }, RejectionReason.invalid],
      [{ stamps: [stampAt(1)] }, RejectionReason.invalid],
      [{ stamp: undefined }, RejectionReason.invalid],
      [{ bases: 7 }, RejectionReason.invalid],
      [{ base: 'not a stamp' }, RejectionReason.invalidStamp],
      [{ fields: null }, RejectionReason.invalid],
      [{ fields: 'x' }, RejectionReason.invalid],
      [{ kind: 'delete' }, RejectionReason.unsupported],
      [{ table: 'noSuchTable' }, RejectionReason.unsupported],
      [{ id: { $gt: '' } }, RejectionReason.invalid],
    ];
    for (const [over, reason] of hostile) {
      const raw = { ...base, ...over, seq: 3 };
      const screened = screenMutation(rawChangeFromWire(raw, SCHOOL), NOW);
      expect(screened.mutation, JSON.stringify(over)).toBeUndefined();
      expect(screened.rejection?.reason, JSON.stringify(over)).toBe(reason);
    }
  });

  it('a field named __proto__ stays a plain key and changes no prototype', () => {
    const raw = JSON.parse(`{"seq":1,"table":"subjects","id":"x","fields":{"__proto__":{"polluted":1}},"stamp":"${stampAt(1)}"}`) as {
      seq: number;
    } & Record<string, unknown>;
    const decoded = rawChangeFromWire(raw, SCHOOL);
    expect(Object.getPrototypeOf(decoded.clocks)).toBe(Object.prototype);
    expect(Object.keys(decoded.clocks as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('pulled rows and rejections: v2 wire to the v1 shape', () => {
  const row: PulledRow = {
    table: 'attendanceMarks',
    id: 'm1',
    schoolId: SCHOOL,
    fields: { status: 'present', pupilId: 'p1', sessionId: 's1' },
    clocks: { status: stampAt(5), pupilId: stampAt(1), sessionId: stampAt(1) },
  };

  it('a row decodes to the same PulledRow, one stamp and an override, no school id on the wire', () => {
    const wire = rowToWire(row);
    expect(wireRowSchema.safeParse(wire).success).toBe(true);
    expect(wire).toEqual({ table: row.table, id: row.id, fields: row.fields, stamp: stampAt(1), stamps: { status: stampAt(5) } });
    expect(rowFromWire(JSON.parse(JSON.stringify(wire)) as typeof wire, SCHOOL)).toEqual(row);
  });

  it('a rejection with its row, without a row, and with a null row round-trips', () => {
    const base = { seq: 4, table: 'marks', id: 'x', reason: RejectionReason.forbidden };
    for (const r of [{ ...base, row }, base, { ...base, row: null }, { ...base, issues: ['score:tooLarge'] }]) {
      expect(rejectionFromWire(JSON.parse(JSON.stringify(rejectionToWire(r))) as ReturnType<typeof rejectionToWire>, SCHOOL)).toEqual(r);
    }
  });
});

describe("a batch's envelope", () => {
  // The envelope once copied each change with zod's looseObject; it now keeps them as they
  // came. It must accept and refuse the same batches.
  const reference = pushBatchSchema.extend({
    changes: z.array(z.looseObject({ seq: z.number().int().positive() })).max(SYNC_V2_LIMITS.maxMutations),
  });
  const seqs: unknown[] = [
    1,
    7,
    0,
    -1,
    1.5,
    '1',
    null,
    undefined,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    NaN,
    Infinity,
    [1],
    { n: 1 },
  ];
  const changes: unknown[] = [...seqs.map((seq) => ({ seq, table: 'subjects' })), null, 7, 'x', [], [{ seq: 1 }], { table: 'subjects' }];

  it('accepts exactly the batches the copying schema accepted, and keeps each change as it came', () => {
    for (const c of changes) {
      for (const batch of [{ changes: [c] }, { token: 't', changes: [{ seq: 3 }, c] }, { changes: c }]) {
        const kept = pushBatchEnvelopeSchema.safeParse(batch);
        expect(kept.success, JSON.stringify(batch)).toBe(reference.safeParse(batch).success);
        if (kept.success) expect(kept.data.changes.at(-1)).toBe(batch.changes instanceof Array ? batch.changes.at(-1) : undefined);
      }
    }
    expect(
      pushBatchEnvelopeSchema.safeParse({ changes: Array.from({ length: SYNC_V2_LIMITS.maxMutations + 1 }, (_, i) => ({ seq: i + 1 })) }).success,
    ).toBe(false);
  });
});
