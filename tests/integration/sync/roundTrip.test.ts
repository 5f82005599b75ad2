/**
 * Every entity type round-trips through sync for every scope, on PGlite and PostgreSQL, over
 * protocol v2 and v1:
 * one valid row of every table (`validRow`) is written through the device write path on a
 * staff laptop (attempts and answers, which only pupils write, on each pupil's own device),
 * pushed, then pulled by
 * - a second staff laptop: every row, fields and clocks byte for byte as written (P1);
 * - a pupil (P2): the `school` rows; their class set's `classSet` rows and not another class
 *   set's; their own `pupil`/`self` rows and not another pupil's, even one of their class
 *   set; no `staff` row. Rows that reach a pupil are byte for byte as written too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_SECRET_FIELDS } from '@/domain/entities/item';
import { TABLE_NAMES, TABLE_KIND, TableKind, type TableName } from '@/domain/tables';
import { Audience, TABLE_RULES, mayWrite } from '@/sync/tableRules';
import { Role } from '@/domain/roles';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { appendRecord } from '@/client/db/appendRecord';
import type { RecordRow } from '@/client/db/recordRow';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, type TestDevice } from '../../support/testDevice';
import { demoRowRefs, validRow } from '../../support/validRows';

/** JSON with keys sorted at every depth: equal text means equal bytes on any device. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(value));
}

type Who = 'p' | 'q' | 'r';

interface Written {
  table: TableName;
  id: string;
  /** Whose references the row carries: pupil P, pupil Q (P's class set), pupil R (another class set). */
  who: Who;
  /** The writing device, whose stored row is the reference. */
  writer: TestDevice;
}

// Over protocol v2 (today's app) and v1 (a laptop not yet updated), on each database.
const RUNS = TEST_DATABASES.flatMap((kind) => ([2, 1] as const).map((protocol) => ({ ...kind, protocol })));

describe.each(RUNS)('every table round-trips on $name over protocol v$protocol', (kind) => {
  let server: TestServer;
  const devices: TestDevice[] = [];
  const written: Written[] = [];
  const pupils = {} as Record<Who, { account: DemoAccount; device: TestDevice }>;
  let reader: TestDevice;

  const open = async (a: DemoAccount) => {
    const d = await openTestDevice({ serverUrl: server.url, login: a.login, password: a.password, protocol: kind.protocol });
    devices.push(d);
    return d;
  };
  const storedOn = async (d: TestDevice, w: Written): Promise<RecordRow | undefined> => d.db.records(w.table).get(w.id);

  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
    const demo = server.demo!;
    const pupilAccounts = demo.accounts.filter((a) => a.roles.includes(Role.pupil));
    const classSetOf = (a: DemoAccount) => String(demo.records.find((r) => r.table === 'pupils' && r.id === a.pupilId)!.fields.classSetId);
    const p = pupilAccounts[0]!;
    const q = pupilAccounts.find((a) => a !== p && classSetOf(a) === classSetOf(p))!;
    const r = pupilAccounts.find((a) => classSetOf(a) !== classSetOf(p))!;
    const accounts: Record<Who, DemoAccount> = { p, q, r };

    const headAccount = demo.accounts.find((a) => a.login === 'head')!;
    const head = await open(headAccount);
    await head.sync();
    for (const who of ['p', 'q', 'r'] as const) pupils[who] = { account: accounts[who], device: await open(accounts[who]) };

    for (const table of TABLE_NAMES) {
      for (const who of ['p', 'q', 'r'] as const) {
        const refs = demoRowRefs(demo, accounts[who].pupilId!, headAccount.staffId);
        const fields = validRow(table, refs);
        if (TABLE_KIND[table] === TableKind.appendOnly) {
          // Only pupils write attempts and answers: each on their own device, for themselves.
          const device = pupils[who].device;
          const id = await appendRecord(device.db, device.author, table, fields as never);
          written.push({ table, id, who, writer: device });
        } else if (table === 'pupils') {
          // A pupil's own record (audience `self`): the head edits each pupil's existing row.
          await updateRecord(head.db, head.author, 'pupils', refs.pupilId, { patronymic: `Әкесінің аты ${who}` } as never);
          written.push({ table, id: refs.pupilId, who, writer: head });
        } else {
          expect(mayWrite([Role.head], table)).toBe(true);
          const id = await createRecord(head.db, head.author, table, fields as never);
          written.push({ table, id, who, writer: head });
        }
      }
    }
    for (const d of [head, ...Object.values(pupils).map((x) => x.device)]) {
      const pushed = await d.sync({ pull: false });
      expect(pushed.rejected).toEqual([]);
      expect(await d.db.$outbox.count()).toBe(0);
    }
    reader = await open(demo.accounts.find((a) => a.login === 'teacher1')!);
    await reader.sync();
    for (const x of Object.values(pupils)) await x.device.sync();
  });

  afterAll(async () => {
    for (const d of devices) await d.close();
    await server.close();
  });

  it('P1: a second staff laptop holds every row of every table, fields and clocks byte for byte as written', async () => {
    expect(new Set(written.map((w) => w.table))).toEqual(new Set(TABLE_NAMES));
    for (const w of written) {
      const expected = await storedOn(w.writer, w);
      const actual = await storedOn(reader, w);
      expect(expected, `${w.table} ${w.id} on its writer`).toBeDefined();
      expect(canonical(actual), `${w.table} ${w.id}`).toBe(canonical(expected));
    }
  });

  it("P2 (class set): a pupil receives the classSet rows of their class set, not another class set's", async () => {
    const classSetTables = TABLE_NAMES.filter((t) => TABLE_RULES[t].audience === Audience.classSet);
    expect(classSetTables.length).toBeGreaterThan(0);
    for (const w of written.filter((x) => classSetTables.includes(x.table))) {
      const expected = canonical(await storedOn(w.writer, w));
      // P and Q share a class set; R is in another.
      for (const [who, mine] of [
        ['p', w.who !== 'r'],
        ['q', w.who !== 'r'],
        ['r', w.who === 'r'],
      ] as const) {
        const got = await storedOn(pupils[who].device, w);
        if (mine) expect(canonical(got), `${who} should hold ${w.table} of ${w.who}`).toBe(expected);
        else expect(got, `${who} must not hold ${w.table} of ${w.who}`).toBeUndefined();
      }
    }
  });

  it("P2 (one pupil): a pupil receives their own pupil and self rows, not another pupil's of the same class set", async () => {
    const ownTables = TABLE_NAMES.filter((t) => TABLE_RULES[t].audience === Audience.pupil || TABLE_RULES[t].audience === Audience.self);
    expect(ownTables).toEqual(expect.arrayContaining(['pupils', 'attendanceMarks', 'marks', 'attempts', 'answers', 'feedback', 'enrolments']));
    for (const w of written.filter((x) => ownTables.includes(x.table))) {
      const expected = canonical(await storedOn(w.writer, w));
      for (const who of ['p', 'q', 'r'] as const) {
        const got = await storedOn(pupils[who].device, w);
        if (who === w.who) expect(canonical(got), `${who} should hold their ${w.table}`).toBe(expected);
        else expect(got, `${who} must not hold ${w.table} of ${w.who}`).toBeUndefined();
      }
    }
  });

  it('P2 (school): every pupil receives the school rows and none of the staff rows', async () => {
    for (const w of written) {
      const audience = TABLE_RULES[w.table].audience;
      if (audience !== Audience.school && audience !== Audience.schoolStaff) continue;
      const expected = canonical(asSeenByPupil(w.table, await storedOn(w.writer, w)));
      for (const who of ['p', 'q', 'r'] as const) {
        const got = await storedOn(pupils[who].device, w);
        if (w.table === 'items') expect(JSON.stringify(got)).not.toContain('"key"');
        if (audience === Audience.school) expect(canonical(got), `${who} should hold ${w.table}`).toBe(expected);
        else expect(got, `${who} must not hold staff-only ${w.table}`).toBeUndefined();
      }
    }
  });
});

/** A row as a pupil's laptop holds it: an item that is not self-check without its key and explanation, nor their stamps. */
function asSeenByPupil(table: string, row: unknown): unknown {
  if (table !== 'items' || row === undefined) return row;
  const r = row as Record<string, unknown> & { clocks: Record<string, string> };
  if (r.selfCheck === true) return row;
  const drop = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !(ITEM_SECRET_FIELDS as readonly string[]).includes(k)));
  return { ...drop(r), clocks: drop(r.clocks) };
}
