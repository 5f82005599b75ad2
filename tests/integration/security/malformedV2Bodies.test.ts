/**
 * Hostile protocol v2 sync bodies (POST /api/v2/sync), seeded: a malformed envelope is
 * refused whole with a 4xx and the JSON error body; inside a well-formed envelope, each bad
 * batch (not an object, a token that is not one, garbage, another laptop's or another
 * changes that are not a list, seqs out of order) is refused alone with a per-batch code
 * (another school's head's batch is theirs: stored in their school), and each bad change (v2 stamps, bases or fields that are not what they
 * should be) is rejected alone (a `__proto__` key refuses the body whole, as in v1); the good batch beside them is stored.
 * Never a 5xx, never a hang; afterwards a valid v2 sync works.
 *
 * FUZZ_SEED=<n> replays a run (the seed is printed).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorCode } from '@/sync/protocol';
import { BATCH_REFUSALS, PROTOCOL_V2, SYNC_V2_LIMITS, SYNC_V2_PATH, syncHeaderV2Schema, type SyncHeaderV2 } from '@/sync/protocolV2';
import { formatStamp } from '@/domain/hlc';
import { TEST_DATABASES } from '../../support/databases';
import { seededRandom } from '../../support/seededRandom';
import { openSecurityFixture, type SecurityFixture } from './securityFixture';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204);
const COUNT = 600;
const CODES = new Set<string>(Object.values(ApiErrorCode));
type Random = ReturnType<typeof seededRandom>;

describe.each(TEST_DATABASES.map((kind, index) => ({ ...kind, index })))('hostile v2 sync bodies on $name', (kind) => {
  let f: SecurityFixture;
  const seed = SEED + kind.index;
  beforeAll(async () => {
    f = await openSecurityFixture(kind);
  });
  afterAll(async () => {
    await f.close();
  });

  const stamp = () => formatStamp({ millis: f.time.now - 1_000, counter: 0, node: '00000000000005ec' });
  /** The head's own valid change: a subject. */
  const goodChange = (seq: number) => ({
    seq,
    table: 'subjects',
    id: randomUUID(),
    fields: { code: `s${seq}`, names: { kk: 'Пән', ru: 'Предмет', en: 'Subject' }, grades: [5] },
    stamp: stamp(),
    base: null,
  });

  /** A change whose one part is hostile; the rest as the good change. */
  function badChange(r: Random, seq: number): Record<string, unknown> {
    const good = goodChange(seq) as Record<string, unknown>;
    const menu: Array<() => Record<string, unknown>> = [
      () => ({ ...good, stamp: r.pick([42, null, true, {}, [], '', 'x'.repeat(10_000), '2026-13-40T99:00:00.000Z-0000-00000000000005ec']) }),
      () => ({ ...good, stamp: '9999-01-01T00:00:00.000Z-0000-00000000000005ec' }),
      () => ({ ...good, stamps: r.pick(['x', 7, [stamp()], { code: 42 }, { code: null }]) }),
      () => ({ ...good, stamp: undefined }),
      () => ({ ...good, base: r.pick([3, 'not a stamp', {}]) }),
      () => ({ ...good, bases: r.pick([7, 'x', { code: 'nope' }]) }),
      () => ({ ...good, fields: r.pick([null, 'x', 5, [1, 2]]) }),
      () => ({ ...good, fields: { ...(good.fields as object), ['f'.repeat(200)]: 1 } }),
      () => ({ ...good, table: r.pick(['noSuchTable', 42, null, '__proto__']) }),
      () => ({ ...good, kind: r.pick(['delete', 3, 'update']) }),
      () => ({ ...good, id: r.pick(['', 'x'.repeat(65), { $ne: 1 }, 'a\u0000b', '\ud800']) }),
      () => ({ ...good, fields: { code: 'ok', names: deep(r.int(200) + 70) } }),
    ];
    return r.pick(menu)();
  }

  function deep(n: number): unknown {
    let v: unknown = 'x';
    for (let i = 0; i < n; i++) v = { v };
    return v;
  }

  /** A whole bad batch, and what the server must answer to it. */
  function badBatch(r: Random): { batch: unknown; expect: 'refused' | 'otherSchool'; refused?: string } {
    const roll = r.int(9);
    if (roll === 0) return { batch: r.pick([null, 42, 'batch', [], true]), expect: 'refused', refused: ApiErrorCode.badRequest };
    if (roll === 1)
      return {
        batch: { token: r.pick([42, '', 'x'.repeat(SYNC_V2_LIMITS.maxTokenLength + 1), null]), changes: [] },
        expect: 'refused',
        refused: ApiErrorCode.badRequest,
      };
    if (roll === 2)
      return {
        batch: { token: r.pick(['garbage', 'a.b.c', randomUUID()]), changes: [goodChange(1)] },
        expect: 'refused',
        refused: ApiErrorCode.unauthorized,
      };
    // Another laptop's session (each fixture account signed in on a laptop of its own).
    if (roll === 3) return { batch: { token: f.tokens.teacher, changes: [goodChange(1)] }, expect: 'refused', refused: ApiErrorCode.forbidden };
    if (roll === 4)
      return {
        batch: { token: f.tokens.assistant, changes: r.pick(['x', 5, null, { 0: goodChange(1) }]) },
        expect: 'refused',
        refused: ApiErrorCode.badRequest,
      };
    if (roll === 5)
      return { batch: { token: f.tokens.assistant, changes: [goodChange(2), goodChange(2)] }, expect: 'refused', refused: ApiErrorCode.badRequest };
    if (roll === 6)
      return {
        batch: { token: f.tokens.assistant, changes: [{ ...goodChange(1), seq: r.pick([0, -1, 1.5, '1', null]) }] },
        expect: 'refused',
        refused: ApiErrorCode.badRequest,
      };
    // Another school's head, on a device id new to that school: their own school's batch, stored there.
    if (roll === 7) return { batch: { token: f.tokens.otherHead, changes: [goodChange(1)] }, expect: 'otherSchool' };
    return { batch: { token: f.tokens.teacher, changes: [goodChange(1)] }, expect: 'refused', refused: ApiErrorCode.forbidden };
  }

  async function post(body: unknown): Promise<{ status: number; body: string }> {
    const res = await f.server.app.inject({
      method: 'POST',
      url: SYNC_V2_PATH,
      headers: { authorization: `Bearer ${f.tokens.head}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    return { status: res.statusCode, body: res.body };
  }

  const envelope = (batches: unknown[]) => ({
    protocol: PROTOCOL_V2,
    deviceId: randomUUID(),
    batches,
    cursor: null,
    pull: false,
    clientTime: f.time.now,
  });

  it(`${COUNT} seeded bodies: a bad batch or change refused alone, the good one stored, a bad envelope a 4xx`, async () => {
    console.log(`[malformed v2] seed ${seed} (FUZZ_SEED=${SEED} replays the run) on ${kind.name}`);
    const r = seededRandom(seed);
    const problems: string[] = [];
    for (let i = 0; i < COUNT && problems.length < 20; i++) {
      if (r.next() < 0.2) {
        // A bad envelope: refused whole.
        const base = envelope([{ changes: [goodChange(1)] }]) as Record<string, unknown>;
        const invalid: Record<string, unknown[]> = {
          protocol: ['x', null, {}, 1.5],
          deviceId: ['x', -1, null, {}],
          batches: ['x', -1, null, {}, Array.from({ length: SYNC_V2_LIMITS.maxBatches + 1 }, () => ({ changes: [] }))],
          cursor: ['x', -1, {}, [1], 'v9:1'],
          pull: ['x', -1, {}, [1]],
          clientTime: ['x', null, {}, [1]],
        };
        const field = r.pick(Object.keys(invalid));
        const body = r.next() < 0.2 ? r.pick([null, 42, 'x', []]) : { ...base, [field]: r.pick(invalid[field]!) };
        const answer = await post(body);
        const code = answer.status >= 400 && answer.status < 500 ? (JSON.parse(answer.body) as { error?: { code?: string } }).error?.code : undefined;
        if (!code || !CODES.has(code)) problems.push(`#${i} envelope ${field}: ${answer.status} ${answer.body.slice(0, 200)}`);
        continue;
      }
      // The head's batch (a good change, then up to two bad ones) somewhere among one to three bad batches.
      const bad = Array.from({ length: 1 + r.int(3) }, () => badBatch(r));
      const goodAt = r.int(bad.length + 1);
      const good = goodChange(1);
      const badChanges = Array.from({ length: r.int(3) }, (_, k) => badChange(r, k + 2));
      const batches: unknown[] = bad.map((b) => b.batch);
      batches.splice(goodAt, 0, { changes: [good, ...badChanges] });
      const answer = await post(envelope(batches));
      if (answer.status !== 200) {
        problems.push(`#${i}: status ${answer.status} ${answer.body.slice(0, 200)}`);
        continue;
      }
      const header = syncHeaderV2Schema.safeParse(JSON.parse(answer.body.split('\n')[0]!));
      if (!header.success) {
        problems.push(`#${i}: unreadable header ${answer.body.slice(0, 200)}`);
        continue;
      }
      const answers = header.data.batches;
      const problem = checkAnswers(answers, goodAt, bad, badChanges);
      if (problem) problems.push(`#${i}: ${problem}`);
      const [stored] = await f.server.database!.query<{ n: number }>('SELECT count(*)::int AS n FROM records WHERE id = $1', [good.id]);
      if (stored?.n !== 1) problems.push(`#${i}: the good change was not stored`);
    }
    expect(problems).toEqual([]);
  });

  function checkAnswers(
    answers: SyncHeaderV2['batches'],
    goodAt: number,
    bad: Array<ReturnType<typeof badBatch>>,
    sent: readonly unknown[],
  ): string | undefined {
    const badChanges = sent.length;
    if (answers.length !== bad.length + 1) return `${answers.length} answers to ${bad.length + 1} batches`;
    const good = answers[goodAt]!;
    // Every change decided; each bad change (seq 2, 3) rejected alone, the good one (seq 1) not.
    const rejectedSeqs = good.rejected.map((x) => x.seq).sort();
    const expected = Array.from({ length: badChanges }, (_, k) => k + 2);
    if (good.refused || good.ackUpToSeq !== 1 + badChanges || JSON.stringify(rejectedSeqs) !== JSON.stringify(expected)) {
      return `head's batch answered ${JSON.stringify(good).slice(0, 300)} to ${JSON.stringify(sent).slice(0, 400)}`;
    }
    const others = answers.filter((_, i) => i !== goodAt);
    for (const [i, b] of bad.entries()) {
      const a = others[i]!;
      if (b.expect === 'refused' && a.refused !== b.refused)
        return `bad batch ${JSON.stringify(b.batch).slice(0, 120)} answered ${JSON.stringify(a).slice(0, 200)}`;
      if (b.expect === 'otherSchool' && (a.refused || a.ackUpToSeq !== 1 || a.schoolId !== f.otherSchoolId)) {
        return `another school's batch answered ${JSON.stringify(a).slice(0, 200)}`;
      }
      if (a.refused && !(BATCH_REFUSALS as readonly string[]).includes(a.refused)) return `unknown refusal ${a.refused}`;
    }
    return undefined;
  }

  it('a `__proto__` key anywhere refuses the body whole (the JSON parser, before any batch is read), as in v1', async () => {
    const text = JSON.stringify(envelope([{ changes: [goodChange(1)] }])).replace('"fields":{', '"fields":{"__proto__":{"admin":true},');
    const res = await f.server.app.inject({
      method: 'POST',
      url: SYNC_V2_PATH,
      headers: { authorization: `Bearer ${f.tokens.head}`, 'content-type': 'application/json' },
      payload: text,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: ApiErrorCode.badRequest } });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  // A school day's body is parsed in pieces (parseJsonInPieces.ts): the same answers as small ones.
  const schoolDayText = (changes = 300) => JSON.stringify(envelope([{ changes: Array.from({ length: changes }, (_, i) => goodChange(i + 1)) }]));
  const postText = (payload: string) =>
    f.server.app.inject({
      method: 'POST',
      url: SYNC_V2_PATH,
      headers: { authorization: `Bearer ${f.tokens.head}`, 'content-type': 'application/json' },
      payload,
    });

  it.each([
    [
      '`__proto__` in a change deep inside',
      (t: string) => t.replace(/"fields":\{/g, (m, at: number) => (at > t.length / 2 ? '"fields":{"__proto__":{"admin":true},' : m)),
    ],
    ['`__proto__` in the envelope', (t: string) => t.replace('{', '{"__proto__":{"admin":true},')],
    ['`constructor.prototype` in the envelope', (t: string) => t.replace('{', '{"constructor":{"prototype":{"admin":true}},')],
    // Spelled with `\u` escapes, so no piece holds the plain word (jsonBodyParser.ts searches for both).
    [
      '`__proto__` spelled with escapes deep inside',
      (t: string) => t.replace(/"fields":\{/g, (m, at: number) => (at > t.length / 2 ? '"fields":{"\\u005f_pr\\u006fto__":{"admin":true},' : m)),
    ],
    ['`constructor.prototype` spelled with escapes', (t: string) => t.replace('{', '{"constr\\u0075ctor":{"prototype":{"admin":true}},')],
    ['cut at 70 %', (t: string) => t.slice(0, Math.floor(t.length * 0.7))],
    ['a stray comma inside', (t: string) => t.replace('"batches":[', '"batches":[,')],
  ])('a school-day-sized body with %s is refused whole with 400, nothing stored', async (_name, spoil) => {
    const text = spoil(schoolDayText());
    expect(text.length).toBeGreaterThan(20_000);
    const before = await f.server.database!.query<{ n: number }>('SELECT count(*)::int AS n FROM records');
    const res = await postText(text);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: ApiErrorCode.badRequest } });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await f.server.database!.query<{ n: number }>('SELECT count(*)::int AS n FROM records')).toEqual(before);
  });

  it('a school-day-sized body that starts with a byte-order mark is read as before', async () => {
    const res = await postText(`\ufeff${schoolDayText(300)}`);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body.split('\n')[0]!)).toMatchObject({ type: 'header', batches: [{ ackUpToSeq: 300, rejected: [] }] });
  });

  it('a school-day-sized body that is valid stores every change', async () => {
    const res = await postText(schoolDayText(300));
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body.split('\n')[0]!)).toMatchObject({ type: 'header', batches: [{ ackUpToSeq: 300, rejected: [] }] });
  });

  it('more changes than a request may carry, all batches together: 413 naming the limit', async () => {
    const many = Array.from({ length: SYNC_V2_LIMITS.maxMutations / 2 + 1 }, (_, i) => goodChange(i + 1));
    const answer = await post(envelope([{ changes: many }, { token: f.tokens.assistant, changes: many }]));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: ApiErrorCode.payloadTooLarge, limit: SYNC_V2_LIMITS.maxMutations } });
  });

  it('after all that, a valid v2 sync works and pulls', async () => {
    const res = await f.server.app.inject({
      method: 'POST',
      url: SYNC_V2_PATH,
      headers: { authorization: `Bearer ${f.tokens.head}` },
      payload: { ...envelope([{ changes: [goodChange(1)] }]), pull: true },
    });
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; rows?: unknown[] });
    expect(lines[0]).toMatchObject({ type: 'header', batches: [{ ackUpToSeq: 1, rejected: [] }] });
    expect(lines.filter((l) => l.type === 'page').flatMap((l) => l.rows ?? []).length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatchObject({ type: 'end' });
  });
});
