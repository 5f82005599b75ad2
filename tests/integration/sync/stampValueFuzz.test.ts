/**
 * Seeded stamp-and-value fuzz through the real server (issue 8, rules C3, V1-V3, S3): every
 * role sends batches over every table in which some mutations carry stamps that are no real
 * time, far-future or past-the-bound stamps, malformed stamps, text with NUL or half a
 * surrogate pair, JSON nested past the limit, unknown fields or fields without a stamp,
 * mixed with valid ones. Afterwards: the server never answered 5xx, every corrupted change
 * was refused (or, for unknown fields, stored without them), every valid change a role may
 * make is stored exactly once with its values, every school still syncs, and real laptops
 * still pull, write and push.
 *
 * STAMP_FUZZ_SEEDS (default 4 per database) and STAMP_FUZZ_BATCHES (default 40) scale it;
 * STAMP_FUZZ_SEED replays one seed.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatStamp } from '@/domain/hlc';
import { TABLE_NAMES, type TableName } from '@/domain/tables';
import { mayWrite } from '@/sync/tableRules';
import { STAMP_MAX_AHEAD_MS } from '@/sync/stampRules';
import type { Mutation, PulledRow } from '@/sync/protocol';
import { createRecord } from '@/client/db/writeRecord';
import { TEST_DATABASES } from '../../support/databases';
import { seededRandom, type SeededRandom } from '../../support/seededRandom';
import { openTestDevice } from '../../support/testDevice';
import { demoRowRefs, validRow } from '../../support/validRows';
import { ACTORS, openSecurityFixture, type Actor, type SecurityFixture } from '../security/securityFixture';

const SEEDS = Number(process.env.STAMP_FUZZ_SEEDS ?? 4);
const BATCHES = Number(process.env.STAMP_FUZZ_BATCHES ?? 40);
const FIRST_SEED = Number(process.env.STAMP_FUZZ_SEED ?? 20261203);
const NODE = '00000000000f022a';

type Corruption =
  'none' | 'unrealStamp' | 'farFuture' | 'pastBound' | 'malformedStamp' | 'nul' | 'loneSurrogate' | 'tooDeep' | 'unknownField' | 'missingStamp';
const CORRUPTIONS: Corruption[] = [
  'unrealStamp',
  'farFuture',
  'pastBound',
  'malformedStamp',
  'nul',
  'loneSurrogate',
  'tooDeep',
  'unknownField',
  'missingStamp',
];
/** What the server must answer for each corruption. */
const EXPECTED_REASON: Record<Exclude<Corruption, 'none'>, string> = {
  unrealStamp: 'invalidStamp',
  farFuture: 'stampAhead',
  pastBound: 'stampAhead',
  malformedStamp: 'invalidStamp',
  nul: 'invalid',
  loneSurrogate: 'invalid',
  tooDeep: 'invalid',
  unknownField: 'unknownFields',
  missingStamp: 'invalid',
};

interface Sent {
  m: Mutation;
  actor: Actor;
  corruption: Corruption;
}

function nested(levels: number): unknown {
  let v: unknown = 0;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

function corrupt(r: SeededRandom, m: Mutation, corruption: Corruption, now: number): Mutation {
  const fields = Object.keys(m.fields);
  const field = r.pick(fields);
  const setStamp = (stamp: string) => ({ ...m, clocks: { ...m.clocks, [field]: stamp } });
  switch (corruption) {
    case 'none':
      return m;
    case 'unrealStamp':
      return setStamp(
        `${r.pick(['2026-13-01T00:00:00.000Z', '2026-02-30T10:00:00.000Z', '2026-12-01T25:00:00.000Z', '2026-12-01T10:61:00.000Z'])}-0000-${NODE}`,
      );
    case 'farFuture':
      return setStamp(`${r.pick(['9999-12-31T23:59:59.999Z', '5000-01-01T00:00:00.000Z'])}-${r.pick(['0000', 'ffff'])}-${NODE}`);
    case 'pastBound':
      return setStamp(formatStamp({ millis: now + STAMP_MAX_AHEAD_MS + 1 + r.int(30 * 86_400_000), counter: r.int(0x10000), node: NODE }));
    case 'malformedStamp':
      return setStamp(r.pick(['yesterday', '', '2026-12-01', `2026-12-01T10:00:00.000Z-zzzz-${NODE}`, '2026-12-01T10:00:00.000Z-0000-short']));
    case 'nul':
      return { ...m, fields: { ...m.fields, [field]: `a\u0000b` } };
    case 'loneSurrogate':
      return { ...m, fields: { ...m.fields, [field]: r.pick(['\ud800', 'x\udfffy', '\udbff']) } };
    case 'tooDeep':
      return { ...m, fields: { ...m.fields, [field]: nested(33 + r.int(200)) } };
    case 'unknownField':
      return { ...m, fields: { ...m.fields, futureField: 'from a newer laptop' }, clocks: { ...m.clocks, futureField: m.clocks[field]! } };
    case 'missingStamp': {
      const { [field]: _dropped, ...clocks } = m.clocks;
      return { ...m, clocks };
    }
  }
}

describe.each(TEST_DATABASES)('stamp and value fuzz on $name', (kind) => {
  let f: SecurityFixture;
  beforeAll(async () => {
    f = await openSecurityFixture(kind);
  });
  afterAll(async () => f.close());

  for (let s = 0; s < SEEDS; s++) {
    const seed = FIRST_SEED + s;
    it(`seed ${seed}: ${BATCHES} batches from every role over every table; no 5xx, bad changes refused alone, good ones stored once`, async () => {
      console.log(`[stamp fuzz] seed ${seed} on ${kind.name} (STAMP_FUZZ_SEED=${seed} STAMP_FUZZ_SEEDS=1 replays it)`);
      const r = seededRandom(seed);
      const sent: Sent[] = [];
      const refusals = new Map<string, { reason: string; fields?: string[] }>();
      for (let b = 0; b < BATCHES; b++) {
        const actor = r.pick(ACTORS);
        const refs = demoRowRefs(f.server.demo!, f.accounts.pupil.pupilId!, f.accounts[actor].staffId);
        const batch: Sent[] = [];
        for (let k = 0; k < 1 + r.int(8); k++) {
          const table: TableName = actor === 'pupil' ? r.pick(['attempts', 'answers'] as const) : r.pick(TABLE_NAMES);
          const base = f.mutation(actor, { table, id: randomUUID(), schoolId: f.schoolId, fields: validRow(table, refs) });
          const corruption: Corruption = r.chance(0.5) ? 'none' : r.pick(CORRUPTIONS);
          batch.push({ m: corrupt(r, base, corruption, f.time.now), actor, corruption });
        }
        const answer = await f.sync(
          actor,
          batch.map((x) => x.m),
        );
        expect(answer.status, `batch ${b} of ${actor}`).toBe(200);
        expect(answer.header!.ackUpToSeq).toBe(batch.at(-1)!.m.seq);
        for (const rej of answer.header!.rejected) refusals.set(`${actor}:${rej.seq}`, rej);
        sent.push(...batch);
        f.time.now += 1_000;
      }

      const onServer = new Map<string, PulledRow[]>();
      for (const row of await f.pullAll('head')) onServer.set(row.id, [...(onServer.get(row.id) ?? []), row]);
      for (const { m, actor, corruption } of sent) {
        const refusal = refusals.get(`${actor}:${m.seq}`);
        const stored = onServer.get(m.id) ?? [];
        const what = `${actor} ${m.table} ${corruption}`;
        expect(stored.length, what).toBeLessThanOrEqual(1);
        if (corruption === 'none') {
          if (!mayWrite([actor], m.table)) {
            expect(refusal?.reason, what).toBe('forbidden');
            continue;
          }
          expect(refusal, what).toBeUndefined();
          expect(stored[0]?.fields, what).toEqual(expect.objectContaining(m.fields));
        } else if (corruption === 'unknownField' && mayWrite([actor], m.table)) {
          expect(refusal, what).toMatchObject({ reason: 'unknownFields', fields: ['futureField'] });
          expect(stored[0]?.fields, what).not.toHaveProperty('futureField');
        } else {
          expect([EXPECTED_REASON[corruption], 'forbidden'], what).toContain(refusal?.reason);
          expect(stored, what).toEqual([]);
        }
      }

      for (const actor of [...ACTORS, 'otherHead'] as const) {
        const answer = await f.sync(actor, [], { pull: true });
        expect(answer.status, actor).toBe(200);
        expect(Math.abs(Date.parse(answer.header!.serverStamp.slice(0, 24)) - f.time.now)).toBeLessThan(STAMP_MAX_AHEAD_MS);
      }
    });
  }

  it('afterwards real laptops of every role still pull everything, write and push', async () => {
    for (const actor of ['head', 'teacher', 'pupil'] as const) {
      const device = await openTestDevice({ serverUrl: f.server.url, login: f.accounts[actor].login, password: f.accounts[actor].password });
      await device.sync();
      const table = actor === 'pupil' ? 'attempts' : 'resources';
      const refs = demoRowRefs(f.server.demo!, f.accounts.pupil.pupilId!);
      if (actor === 'pupil') {
        const { appendRecord } = await import('@/client/db/appendRecord');
        await appendRecord(device.db, device.author, 'attempts', validRow('attempts', refs) as never);
      } else {
        await createRecord(device.db, device.author, table, validRow(table, refs) as never);
      }
      const pass = await device.sync();
      expect(pass.rejected, actor).toEqual([]);
      expect(await device.db.$outbox.count(), actor).toBe(0);
      await device.close();
    }
  });
});
