/**
 * School scope and what refusals give away, on PGlite and PostgreSQL (S3): a mutation naming
 * another school is refused and stores nothing anywhere; a refused change sends back the
 * stored row only to a user who may read it; file routes refuse expired and revoked tokens
 * like sync does (sync itself: tests/integration/accounts/sessions.test.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '@/domain/tables';
import { TEST_DATABASES } from '../../support/databases';
import { demoRowRefs, validRow, type RowRefs } from '../../support/validRows';
import { ACTORS, openSecurityFixture, type SecurityFixture } from './securityFixture';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(TEST_DATABASES)('school scope on $name', (kind) => {
  let f: SecurityFixture;
  let mine: RowRefs;
  beforeAll(async () => {
    f = await openSecurityFixture(kind);
    mine = demoRowRefs(f.server.demo!, f.accounts.pupil.pupilId!);
  });
  afterAll(async () => {
    await f.close();
  });

  const db = () => f.server.database!;
  const snapshotOf = async () => ({
    records: await db().query<{ school_id: string; tbl: string; id: string; data: unknown; seq: number }>(
      'SELECT school_id, tbl, id, data, seq FROM records ORDER BY school_id, tbl, id',
    ),
    heads: await db().query<{ id: string; head_seq: number }>('SELECT id, head_seq FROM schools ORDER BY id'),
  });

  it("S3: a mutation naming another school's id is refused as wrongSchool, by every role, and nothing is stored in either school", async () => {
    const [theirSubject] = await db().query<{ id: string; data: Record<string, unknown> }>(
      "SELECT id, data FROM records WHERE school_id = $1 AND tbl = 'subjects'",
      [f.otherSchoolId],
    );
    const before = await snapshotOf();
    for (const actor of ACTORS) {
      const tables: TableName[] = ['subjects', 'marks', 'attempts', 'welfareRecords', 'classSets'];
      const mutations = [
        ...tables.map((table) => f.mutation(actor, { table, id: randomUUID(), schoolId: f.otherSchoolId, fields: validRow(table, mine) })),
        // An existing row of the other school, by its own id.
        f.mutation(actor, { table: 'subjects', id: theirSubject!.id, schoolId: f.otherSchoolId, fields: { code: 'hacked' } }),
      ];
      const answer = await f.sync(actor, mutations);
      expect(answer.status).toBe(200);
      expect(answer.header!.rejected.map((r) => [r.seq, r.reason])).toEqual(mutations.map((m) => [m.seq, 'wrongSchool']));
      for (const r of answer.header!.rejected) expect(r.row).toBeUndefined();
    }
    expect(await snapshotOf()).toEqual(before);
  });

  it("a row id another school uses is a separate row in one's own school: the other school's row stays as it was", async () => {
    const [theirs] = await db().query<{ id: string; data: Record<string, unknown>; seq: number }>(
      "SELECT id, data, seq FROM records WHERE school_id = $1 AND tbl = 'subjects'",
      [f.otherSchoolId],
    );
    const fields = { code: 'ours', names: { kk: 'Біздікі', ru: 'Наш', en: 'Ours' } };
    const answer = await f.sync('head', [f.mutation('head', { table: 'subjects', id: theirs!.id, schoolId: f.schoolId, fields })]);
    expect(answer.header!.rejected).toEqual([]);
    const rows = await db().query<{ school_id: string; data: Record<string, unknown>; seq: number }>(
      "SELECT school_id, data, seq FROM records WHERE tbl = 'subjects' AND id = $1 ORDER BY school_id = $2",
      [theirs!.id, f.schoolId],
    );
    expect(rows).toEqual([
      { school_id: f.otherSchoolId, data: theirs!.data, seq: theirs!.seq },
      { school_id: f.schoolId, data: fields, seq: expect.any(Number) },
    ]);
  });

  it("S3: a methodologist's refused change to a staff-only row does not send the row back (P2 holds for rejections too)", async () => {
    const welfare = {
      table: 'welfareRecords' as const,
      id: randomUUID(),
      fields: validRow('welfareRecords', mine, { psychologistNotes: 'SECRET-NOTE-methodologist' }),
    };
    await f.seed(f.schoolId, [welfare]);
    const answer = await f.sync('methodologist', [
      f.mutation('methodologist', { table: 'welfareRecords', id: welfare.id, schoolId: f.schoolId, fields: { lowIncome: false } }),
    ]);
    expect(answer.header!.rejected).toHaveLength(1);
    expect(answer.header!.rejected[0]).toMatchObject({ reason: 'forbidden', id: welfare.id });
    expect(answer.header!.rejected[0]!.row).toBeUndefined();
    expect(JSON.stringify(answer.lines)).not.toContain('SECRET-NOTE');
  });

  it("S3: a pupil's refused change to another pupil's row or a staff-only row of their own does not send the row back", async () => {
    const others = demoRowRefs(f.server.demo!, f.otherPupil.pupilId!);
    const theirMark = { table: 'marks' as const, id: randomUUID(), fields: validRow('marks', others) };
    const myWelfare = {
      table: 'welfareRecords' as const,
      id: randomUUID(),
      fields: validRow('welfareRecords', mine, { psychologistNotes: 'SECRET-NOTE-pupil' }),
    };
    await f.seed(f.schoolId, [theirMark, myWelfare]);
    const answer = await f.sync('pupil', [
      f.mutation('pupil', { table: 'marks', id: theirMark.id, schoolId: f.schoolId, fields: { score: 10 } }),
      f.mutation('pupil', { table: 'welfareRecords', id: myWelfare.id, schoolId: f.schoolId, fields: { lowIncome: false } }),
    ]);
    expect(answer.header!.rejected.map((r) => [r.reason, r.row])).toEqual([
      ['forbidden', undefined],
      ['forbidden', undefined],
    ]);
    const text = JSON.stringify(answer.lines);
    expect(text).not.toContain('SECRET-NOTE');
    expect(text).not.toContain(f.otherPupil.pupilId!);
  });

  it('file routes refuse an expired token (token_expired) and a revoked one (token_revoked), as sync does', async () => {
    const bytes = Buffer.from('a school file');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await f.server.app.inject({
      method: 'PUT',
      url: `/api/v1/files/${sha}`,
      headers: { authorization: `Bearer ${f.tokens.teacher}` },
      payload: bytes,
    });
    expect(put.statusCode).toBe(201);
    const get = (token: string) => f.server.app.inject({ method: 'GET', url: `/api/v1/files/${sha}`, headers: { authorization: `Bearer ${token}` } });
    const login = await f.server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: f.accounts.pupil.login, password: f.accounts.pupil.password, deviceId: randomUUID() },
    });
    const token = login.json().token as string;
    expect((await get(token)).statusCode).toBe(200);

    const started = f.time.now;
    f.time.now += 61 * DAY_MS;
    try {
      const expired = await get(token);
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.code).toBe('token_expired');
    } finally {
      f.time.now = started;
    }
    await f.server.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${token}` } });
    const revoked = await get(token);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('token_revoked');
  });
});
