/**
 * Values a device sends that once stopped sync (issue 8): stamps that match the format but
 * are no real time, or lie far in the future; text PostgreSQL cannot store (NUL, a lone
 * surrogate); JSON nested thousands deep; tables, kinds and fields from a newer client;
 * fields without a stamp; a laptop restored from an old disk image reusing its seqs.
 * Each is refused alone (or stored), with a reason code, and every school still syncs.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatStamp } from '@/domain/hlc';
import { STAMP_MAX_AHEAD_MS } from '@/sync/stampRules';
import { TEST_DATABASES } from '../../support/databases';
import { validRow, demoRowRefs } from '../../support/validRows';
import { openSecurityFixture, parseSyncAnswer, type SecurityFixture } from '../security/securityFixture';

const NODE = '0000000000000bad';

function deep(levels: number): unknown {
  // Builds a value `levels` objects deep.
  let v: unknown = 'floor';
  for (let i = 0; i < levels; i++) v = { down: v };
  return v;
}

describe.each(TEST_DATABASES)('hostile values on $name', (kind) => {
  let f: SecurityFixture;
  beforeAll(async () => {
    f = await openSecurityFixture(kind);
  });
  afterAll(async () => f.close());

  const attempt = (overrides: Record<string, unknown> = {}) => ({
    table: 'attempts' as const,
    id: randomUUID(),
    schoolId: f.schoolId,
    fields: validRow('attempts', demoRowRefs(f.server.demo!, f.accounts.pupil.pupilId!), overrides),
  });
  const resource = (title: unknown) => ({
    table: 'resources' as const,
    id: randomUUID(),
    schoolId: f.schoolId,
    fields: { ...validRow('resources', demoRowRefs(f.server.demo!, f.accounts.pupil.pupilId!)), title },
  });
  const withStamp = <M extends { clocks: Record<string, string> }>(m: M, stamp: string): M => ({
    ...m,
    clocks: Object.fromEntries(Object.keys(m.clocks).map((k) => [k, stamp])),
  });
  /** Every school still answers a sync with 200, and the server's stamp is a real, current one. */
  async function everySchoolSyncs(): Promise<void> {
    for (const actor of ['head', 'teacher', 'pupil', 'otherHead'] as const) {
      const answer = await f.sync(actor, [], { pull: true });
      expect(answer.status, actor).toBe(200);
      const serverMillis = Date.parse(answer.header!.serverStamp.slice(0, 24));
      expect(Math.abs(serverMillis - f.time.now)).toBeLessThan(STAMP_MAX_AHEAD_MS);
    }
  }

  it.each([
    ['month 13', '2026-13-01T10:00:00.000Z'],
    ['hour 99', '2026-11-30T99:00:00.000Z'],
    ['30 February', '2026-02-30T10:00:00.000Z'],
    ['second 60', '2026-11-30T10:00:60.000Z'],
  ])('C3: a pupil stamp of %s is refused alone and never folded into the server clock; every school still syncs', async (_name, wall) => {
    const good = f.mutation('pupil', attempt());
    const bad = withStamp(f.mutation('pupil', attempt()), `${wall}-0000-${NODE}`);
    const answer = await f.sync('pupil', [good, bad]);
    expect(answer.status).toBe(200);
    expect(answer.header!.ackUpToSeq).toBe(bad.seq);
    expect(answer.header!.rejected).toEqual([expect.objectContaining({ seq: bad.seq, reason: 'invalidStamp' })]);
    const rows = await f.pullAll('head');
    expect(rows.some((r) => r.id === good.id)).toBe(true);
    expect(rows.some((r) => r.id === bad.id)).toBe(false);
    await everySchoolSyncs();
  });

  it('C3: a stamp in year 9999, or more than the bound ahead of the server, is refused (stampAhead); an hour ahead is stored', async () => {
    const farFuture = withStamp(f.mutation('pupil', attempt()), `9999-12-31T23:59:59.999Z-ffff-${NODE}`);
    const beyond = withStamp(
      f.mutation('pupil', attempt()),
      formatStamp({ millis: f.time.now + STAMP_MAX_AHEAD_MS + 60_000, counter: 0, node: NODE }),
    );
    const hourAhead = withStamp(f.mutation('pupil', attempt()), formatStamp({ millis: f.time.now + 3_600_000, counter: 0, node: NODE }));
    const answer = await f.sync('pupil', [farFuture, beyond, hourAhead]);
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected.map((r) => [r.seq, r.reason])).toEqual([
      [farFuture.seq, 'stampAhead'],
      [beyond.seq, 'stampAhead'],
    ]);
    expect((await f.pullAll('head')).some((r) => r.id === hourAhead.id)).toBe(true);
    await everySchoolSyncs();
  });

  it.each([
    ['a NUL character', 'Бөлшек\u0000тер'],
    ['a lone high surrogate', 'Бөлшек\ud800тер'],
    ['a lone low surrogate', '\udc00'],
  ])('V1: a title with %s refuses that one change (unsafeText); the rest of the batch is stored', async (_name, title) => {
    const good = f.mutation('teacher', resource('Бөлшектер'));
    const bad = f.mutation('teacher', resource(title));
    const after = f.mutation('teacher', resource('Ондық бөлшектер'));
    const answer = await f.sync('teacher', [good, bad, after]);
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected).toEqual([
      expect.objectContaining({ seq: bad.seq, reason: 'invalid', issues: ['title:validation.unsafeTextMessage'] }),
    ]);
    const ids = new Set((await f.pullAll('head')).map((r) => r.id));
    expect([ids.has(good.id), ids.has(bad.id), ids.has(after.id)]).toEqual([true, false, true]);
    await everySchoolSyncs();
  });

  it('V1: NUL in an id or a field name refuses that one change; the server answers 200', async () => {
    const good = f.mutation('teacher', resource('Жақсы'));
    const badId = { ...f.mutation('teacher', resource('Жаман')), id: 'abc\u0000def' };
    const badKey = f.mutation('teacher', resource('Кілт'));
    badKey.fields['ti\u0000tle'] = 'x';
    badKey.clocks['ti\u0000tle'] = badKey.clocks.title!;
    const answer = await f.sync('teacher', [good, badId, badKey]);
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected.map((r) => [r.seq, r.reason])).toEqual([
      [badId.seq, 'invalid'],
      [badKey.seq, 'invalid'],
    ]);
    expect(JSON.stringify(answer.header)).not.toContain('\\u0000');
    expect((await f.pullAll('head')).some((r) => r.id === good.id)).toBe(true);
    await everySchoolSyncs();
  });

  it('V2: a conflict value nested 5,000 deep refuses that one change (tooDeep); 20 deep is stored', async () => {
    const conflict = (value: unknown) => ({
      table: 'conflicts' as const,
      id: randomUUID(),
      schoolId: f.schoolId,
      fields: { ...validRow('conflicts', demoRowRefs(f.server.demo!, f.accounts.pupil.pupilId!)), losingValue: value },
    });
    const tooDeep = f.mutation('teacher', conflict('placeholder'));
    const fine = f.mutation('teacher', conflict(deep(20)));
    // Spliced in as text: the test's own request builder would recurse 5,000 deep.
    const nested = '{"down":'.repeat(5_000) + '"floor"' + '}'.repeat(5_000);
    const body = JSON.stringify({
      protocol: 1,
      deviceId: randomUUID(),
      mutations: [tooDeep, fine],
      cursor: null,
      pull: false,
      clientTime: f.time.now,
    }).replace('"losingValue":"placeholder"', `"losingValue":${nested}`);
    const answer = parseSyncAnswer(
      await f.server.app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { authorization: `Bearer ${f.tokens.teacher}`, 'content-type': 'application/json' },
        payload: body,
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected).toEqual([
      expect.objectContaining({ seq: tooDeep.seq, reason: 'invalid', issues: ['losingValue:validation.tooDeepMessage'] }),
    ]);
    expect((await f.pullAll('head')).some((r) => r.id === fine.id)).toBe(true);
    await everySchoolSyncs();
  });

  it('V3: an unknown table or change kind from a newer client is refused per change, not the whole request', async () => {
    const good = f.mutation('teacher', resource('Жаңа'));
    const unknownTable = { ...f.mutation('teacher', resource('Кесте')), table: 'holograms' };
    const unknownKind = { ...f.mutation('teacher', resource('Түр')), kind: 'teleport' };
    const answer = await f.sync('teacher', [good, unknownTable, unknownKind] as never);
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected.map((r) => [r.seq, r.reason, r.table])).toEqual([
      [unknownTable.seq, 'unsupported', 'holograms'],
      [unknownKind.seq, 'unsupported', 'resources'],
    ]);
    expect((await f.pullAll('head')).some((r) => r.id === good.id)).toBe(true);
  });

  it('V3: an unknown field is reported by name and the known fields of its change are stored', async () => {
    const m = f.mutation('teacher', resource('Белгісіз өріс'));
    m.fields.hologramDepth = 3;
    m.clocks.hologramDepth = m.clocks.title!;
    const answer = await f.sync('teacher', [m]);
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected).toEqual([
      expect.objectContaining({
        seq: m.seq,
        reason: 'unknownFields',
        issues: ['hologramDepth:validation.unknownFieldMessage'],
        fields: ['hologramDepth'],
      }),
    ]);
    const stored = (await f.pullAll('head')).find((r) => r.id === m.id);
    expect(stored?.fields.title).toBe('Белгісіз өріс');
    expect(stored?.fields).not.toHaveProperty('hologramDepth');
  });

  it('V3: a field sent without a stamp refuses its change with missingStamp, never a silent drop', async () => {
    const m = f.mutation('teacher', resource('Мөрсіз'));
    delete m.clocks.title;
    const answer = await f.sync('teacher', [m]);
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected).toEqual([
      expect.objectContaining({ seq: m.seq, reason: 'invalid', issues: ['title:validation.missingStampMessage'] }),
    ]);
    expect((await f.pullAll('head')).some((r) => r.id === m.id)).toBe(false);
  });

  it('S6: a laptop restored from an old disk image reuses seqs with new changes: they are stored, true replays still change nothing', async () => {
    const deviceId = randomUUID();
    const first = f.mutation('teacher', resource('Бірінші'));
    const second = f.mutation('teacher', resource('Екінші'));
    expect((await f.sync('teacher', [first, second], { deviceId })).header!.ackUpToSeq).toBe(second.seq);
    // The disk image from before `second`: the laptop makes a new change under second's seq.
    const restored = { ...f.mutation('teacher', resource('Қалпына келген')), seq: second.seq };
    const replayOfFirst = first;
    const answer = await f.sync('teacher', [replayOfFirst, restored], { deviceId });
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected).toEqual([]);
    const rows = await f.pullAll('head');
    expect(rows.find((r) => r.id === restored.id)?.fields.title).toBe('Қалпына келген');
    expect(rows.filter((r) => r.id === first.id)).toHaveLength(1);
    expect(rows.filter((r) => r.table === 'conflicts' && r.fields.rowId === first.id)).toEqual([]);
  });

  it('V4: every issue of a refused change is path:code with a ValidationCode, never English prose', async () => {
    const m = f.mutation('teacher', resource('Тақырып'));
    m.fields.grades = ['five', 99];
    m.fields.language = 42;
    const answer = await f.sync('teacher', [m]);
    const issues = answer.header!.rejected.find((r) => r.seq === m.seq)!.issues!;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue).toMatch(/^[\w.]+:validation\.\w+Message$/);
  });
});
