/**
 * The whole role × table × operation matrix of S3, generated from TABLE_RULES (never
 * hand-listed), on PGlite and PostgreSQL: for every role of the demo school and every
 * synced table, a create and an update through POST /api/v1/sync are stored exactly when
 * the rules allow; refused ones come back as rejections (`forbidden`, or
 * `appendOnlyConflict` for a change to a written append-only row, L4) and store nothing.
 * A pupil writes only rows of their own pupilId. Then the read side (P2): what each role
 * pulls is exactly what the read rules of `src/sync/readAccess.ts` give it (that module's own
 * role × audience matrix: tests/unit/sync/readAccess.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@/domain/roles';
import { TABLE_KIND, TABLE_NAMES, TableKind, type TableName } from '@/domain/tables';
import { Audience, mayWrite, TABLE_RULES } from '@/sync/tableRules';
import { fieldsSeenBy, mayRead, rowAccessOf } from '@/sync/readAccess';
import { RejectionReason, type PulledRow } from '@/sync/protocol';
import { dataDbNameFor } from '@/client/auth/dataDbName';
import { TEST_DATABASES } from '../../support/databases';
import { demoRowRefs, validRow, type RowRefs } from '../../support/validRows';
import { ACTORS, openSecurityFixture, type Actor, type SecurityFixture } from './securityFixture';

/** What an actor does to a table's row. `Other`: a row of another pupil than the acting pupil. */
const Operation = { create: 'create', update: 'update', createForOtherPupil: 'createForOtherPupil', updateOtherPupils: 'updateOtherPupils' } as const;
type Operation = (typeof Operation)[keyof typeof Operation];

const ownedByPupil = (table: TableName) => TABLE_RULES[table].audience === Audience.pupil;
const isAppendOnly = (table: TableName) => TABLE_KIND[table] === TableKind.appendOnly;

/** The rules, read from TABLE_RULES: stored, or the reason it is refused. */
function expected(actor: Actor, table: TableName, op: Operation): { stored: true } | { stored: false; reason: RejectionReason } {
  if (!mayWrite([actor], table)) return { stored: false, reason: RejectionReason.forbidden };
  const isOthers = op === Operation.createForOtherPupil || op === Operation.updateOtherPupils;
  if (actor === Role.pupil && (!ownedByPupil(table) || isOthers)) return { stored: false, reason: RejectionReason.forbidden };
  if (isAppendOnly(table) && (op === Operation.update || op === Operation.updateOtherPupils)) {
    return { stored: false, reason: RejectionReason.appendOnlyConflict };
  }
  return { stored: true };
}

function operationsOf(actor: Actor, table: TableName): Operation[] {
  const ops: Operation[] = [Operation.create, Operation.update];
  if (actor === Role.pupil && ownedByPupil(table)) ops.push(Operation.createForOtherPupil, Operation.updateOtherPupils);
  return ops;
}

const CASES = ACTORS.flatMap((actor) => TABLE_NAMES.flatMap((table) => operationsOf(actor, table).map((op) => ({ actor, table, op }))));

describe.each(TEST_DATABASES)('S3: role × table × operation on $name', (kind) => {
  let f: SecurityFixture;
  let mine: RowRefs;
  let others: RowRefs;
  /** Rows each case updates: its own, so cases never see each other's writes. */
  const targets = new Map<string, { id: string; fields: Record<string, unknown> }>();
  const caseKey = (c: { actor: Actor; table: TableName; op: Operation }) => `${c.actor}/${c.table}/${c.op}`;

  beforeAll(async () => {
    f = await openSecurityFixture(kind);
    const demo = f.server.demo!;
    mine = demoRowRefs(demo, f.accounts.pupil.pupilId!);
    others = demoRowRefs(demo, f.otherPupil.pupilId!);
    const rows: Array<{ table: TableName; id: string; fields: Record<string, unknown> }> = [];
    for (const c of CASES) {
      if (c.op !== Operation.update && c.op !== Operation.updateOtherPupils) continue;
      const fields = rowOf(c, c.op === Operation.updateOtherPupils ? others : mine);
      const target = { id: randomUUID(), fields };
      targets.set(caseKey(c), target);
      rows.push({ table: c.table, ...target });
    }
    await f.seed(f.schoolId, rows);
  });
  afterAll(async () => {
    await f.close();
  });

  const storedRows = async () => {
    const rows = await f.server.database!.query<{ tbl: string; id: string; data: Record<string, unknown> }>(
      'SELECT tbl, id, data FROM records WHERE school_id = $1',
      [f.schoolId],
    );
    return new Map(rows.map((r) => [`${r.tbl}/${r.id}`, r.data]));
  };

  /** Each actor sends all its cases in one batch (S3: each mutation is decided on its own). */
  const outcomes = new Map<
    string,
    {
      seq: number;
      id: string;
      fields: Record<string, unknown>;
      rejected: Array<{ seq: number; id: string; reason: string }>;
      carried?: PulledRow | null;
      before?: unknown;
      after?: unknown;
    }
  >();
  beforeAll(async () => {
    const before = await storedRows();
    for (const actor of ACTORS) {
      const cases = CASES.filter((c) => c.actor === actor);
      const mutations = cases.map((c) => {
        const { id, fields, kind } = mutationFor(c);
        const m = f.mutation(actor, { table: c.table, id, schoolId: f.schoolId, fields, ...(kind ? { kind } : {}) });
        outcomes.set(caseKey(c), { seq: m.seq, id, fields, rejected: [], before: before.get(`${c.table}/${id}`) });
        return m;
      });
      const answer = await f.sync(actor, mutations);
      expect(answer.status).toBe(200);
      expect(answer.header!.ackUpToSeq).toBe(mutations.at(-1)!.seq);
      for (const c of cases) {
        const outcome = outcomes.get(caseKey(c))!;
        outcome.rejected = answer.header!.rejected.filter((r) => r.seq === outcome.seq).map((r) => ({ seq: r.seq, id: r.id, reason: r.reason }));
        outcome.carried = answer.header!.rejected.find((r) => r.seq === outcome.seq)?.row;
      }
    }
    const after = await storedRows();
    for (const c of CASES) {
      const outcome = outcomes.get(caseKey(c))!;
      outcome.after = after.get(`${c.table}/${outcome.id}`);
    }
  });

  /**
   * A valid row of the case's table. A lesson observation is the acting observer's own (its
   * fields have writers of their own, `fieldWriters.ts`, tested in observationWriters.test.ts):
   * here only the table's rules are at stake.
   */
  function rowOf(c: { actor: Actor; table: TableName }, refs: RowRefs): Record<string, unknown> {
    if (c.table !== 'lessonObservations') return validRow(c.table, refs);
    const observerId = f.accounts[c.actor].staffId ?? 'no-staff-record';
    const teacherId = f.server.demo!.accounts.find((a) => a.staffId && a.staffId !== observerId)!.staffId!;
    return validRow(c.table, refs, { observerId, teacherId });
  }

  /** A create writes a new valid row; a change deletes a mutable row, or rewrites an append-only one. */
  function mutationFor(c: { actor: Actor; table: TableName; op: Operation }): {
    id: string;
    fields: Record<string, unknown>;
    kind?: 'upsert' | 'append';
  } {
    if (c.op === Operation.create || c.op === Operation.createForOtherPupil) {
      return { id: randomUUID(), fields: rowOf(c, c.op === Operation.createForOtherPupil ? others : mine) };
    }
    const target = targets.get(caseKey(c))!;
    return isAppendOnly(c.table)
      ? { id: target.id, fields: { ...target.fields, deleted: true }, kind: 'append' }
      : { id: target.id, fields: { deleted: true }, kind: 'upsert' };
  }

  for (const { actor, table, op } of CASES) {
    it(`S3: ${describeRule(actor, table, op)}`, () => {
      const rule = expected(actor, table, op);
      const outcome = outcomes.get(caseKey({ actor, table, op }))!;
      if (rule.stored) {
        expect(outcome.rejected).toEqual([]);
        if (op === Operation.create) expect(outcome.after).toEqual(outcome.fields);
        else expect((outcome.after as Record<string, unknown>).deleted).toBe(true);
      } else {
        expect(outcome.rejected).toEqual([{ seq: outcome.seq, id: outcome.id, reason: rule.reason }]);
        expect(outcome.after).toEqual(outcome.before);
      }
    });
  }

  it('P2: a refused change carries the stored row exactly when readAccess lets its author read it, as it lets them', () => {
    let carried = 0;
    for (const c of CASES) {
      const outcome = outcomes.get(caseKey(c))!;
      if (outcome.rejected.length === 0 || outcome.before === undefined) continue;
      const reader = readerOfActor(c.actor);
      const before = outcome.before as Record<string, unknown>;
      const readable = mayRead(reader, rowAccessOf(c.table, outcome.id, before));
      expect(outcome.carried?.fields, caseKey(c)).toEqual(readable ? fieldsSeenBy(reader, c.table, before) : undefined);
      if (readable) carried += 1;
    }
    expect(carried).toBeGreaterThan(0);
  });

  /** The reader an actor is to readAccess, from the demo school's records. */
  function readerOfActor(actor: Actor) {
    const account = f.accounts[actor];
    const record = f.server.demo!.records.find((r) => r.table === 'pupils' && r.id === account.pupilId);
    return { roles: account.roles, pupilId: account.pupilId, classSetId: record?.fields.classSetId as string | undefined };
  }

  it('P2: each role pulls exactly the rows readAccess grants it, as it grants them (an assignment narrowed to some pupils only to them), and users sharing a device database pull the same rows', async () => {
    const narrowed = (pupilIds: string[]) => ({
      table: 'assignments' as const,
      id: randomUUID(),
      fields: validRow('assignments', mine, { pupilIds }),
    });
    await f.seed(f.schoolId, [narrowed([f.otherPupil.pupilId!]), narrowed([f.accounts.pupil.pupilId!, f.otherPupil.pupilId!])]);
    const all = await f.server.database!.query<{ tbl: TableName; id: string; data: Record<string, unknown> }>(
      'SELECT tbl, id, data FROM records WHERE school_id = $1',
      [f.schoolId],
    );
    const pupils = new Map(all.filter((r) => r.tbl === 'pupils').map((r) => [r.id, r.data]));
    expect(new Set(all.map((r) => r.tbl)).size).toBe(TABLE_NAMES.length);
    const pulledByDb = new Map<string, Array<{ key: string; fields: unknown }>>();
    for (const actor of ACTORS) {
      const account = f.accounts[actor];
      const reader = readerOfActor(actor);
      expect(reader.classSetId).toBe(account.pupilId ? pupils.get(account.pupilId)?.classSetId : undefined);
      const want = all
        .filter((r) => mayRead(reader, rowAccessOf(r.tbl, r.id, r.data)))
        .map((r) => ({ key: keyOf(r), fields: fieldsSeenBy(reader, r.tbl, r.data) }))
        .sort(byKey);
      const got = (await f.pullAll(actor)).map((r) => ({ key: keyOf(r), fields: r.fields })).sort(byKey);
      expect(got, actor).toEqual(want);
      const dbName = dataDbNameFor({ userId: account.userId, schoolId: f.schoolId, roles: account.roles });
      const sharing = pulledByDb.get(dbName);
      // Users whose device database is one and the same pull the same rows, or one would see the other's.
      if (sharing) expect(got, `${actor} shares ${dbName}`).toEqual(sharing);
      else pulledByDb.set(dbName, got);
      if (actor === Role.pupil) {
        expect(got.some((r) => r.key.startsWith('welfareRecords/'))).toBe(false);
        expect(got.map((r) => r.key)).toContain(`pupils/${account.pupilId}`);
      }
    }
    expect(pulledByDb.size, 'school staff share one database, the methodologist and the pupil have their own').toBe(3);
  });
});

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function keyOf(row: Pick<PulledRow, 'id'> & ({ table: string } | { tbl: string })): string {
  return `${'table' in row ? row.table : row.tbl}/${row.id}`;
}

function describeRule(actor: Actor, table: TableName, op: Operation): string {
  const rule = expected(actor, table, op);
  const what: Record<Operation, string> = {
    create: `creates a row of ${table}`,
    update: `changes a row of ${table}`,
    createForOtherPupil: `creates a row of ${table} for another pupil`,
    updateOtherPupils: `changes another pupil's row of ${table}`,
  };
  return `a ${actor} ${what[op]}: ${rule.stored ? 'stored' : `refused as ${rule.reason}, nothing stored`}`;
}
