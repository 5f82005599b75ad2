/**
 * A shared laptop's whole school day (the head's journal and twenty pupils' quiz work, the
 * `school-day` workload) sent as one v2 request costs the database a handful of statements,
 * not three a person: the batches' streams are opened in one, their rows read in one, and
 * everything written in one (applyMutationBatches). A region's morning is thousands of such
 * requests, and each statement is a round trip and a wake-up of the database. Statements are
 * counted, never timed; every change is still stored once.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlExecutor } from '@/server/storage/database';
import { ServerClock } from '@/server/sync/serverClock';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { prepareRegionSchools, type PreparedSchool } from '../../support/workloads/regionMorning';

/** The day's statements: session lookups, the batches' three, the transaction's edges and the pull's. */
const STATEMENT_BUDGET = 8;

function countingDatabase(db: Database): { database: Database; statements: string[] } {
  const statements: string[] = [];
  const counted = (exec: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => {
      statements.push(sql.replace(/\s+/g, ' ').trim().slice(0, 60));
      return exec.query(sql, params);
    },
    exec: (sql) => exec.exec(sql),
  });
  const database: Database = {
    ...db,
    ...counted(db),
    kind: db.kind,
    transaction: (fn) => db.transaction((tx) => fn(counted(tx))),
    close: () => db.close(),
  };
  return { database, statements };
}

describe('a school day from a shared laptop in one v2 request (PGlite)', () => {
  let server: TestServer;
  let counting: ReturnType<typeof countingDatabase>;
  let school: PreparedSchool;

  beforeAll(async () => {
    counting = countingDatabase(await TEST_DATABASES[0]!.open());
    const clock = new ServerClock();
    server = await startTestServer({ database: counting.database, app: { clock } });
    school = (await prepareRegionSchools(counting.database, { schools: 1, date: '2026-11-23', clock }))[0]!;
  });
  afterAll(async () => {
    await server.close();
    await counting.database.close();
  });

  it(`stores every change of 21 people in at most ${STATEMENT_BUDGET} statements`, async () => {
    const request = JSON.parse(gunzipSync(school.v2Request.body).toString()) as { batches: unknown[] };
    expect(request.batches.length).toBe(21);
    counting.statements.length = 0;
    const answer = await fetch(`${server.url}/api/v2/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${school.v2Request.token}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: new Uint8Array(school.v2Request.body),
    });
    expect(answer.status).toBe(200);
    const header = JSON.parse((await answer.text()).split('\n')[0]!) as { batches: Array<{ ackUpToSeq: number | null; rejected: unknown[] }> };
    expect(header.batches.every((b) => b.ackUpToSeq !== null && b.rejected.length === 0)).toBe(true);
    expect(counting.statements.length, counting.statements.join('\n')).toBeLessThanOrEqual(STATEMENT_BUDGET);

    const [stored] = await counting.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM records WHERE school_id = $1 AND writer_device = $2',
      [school.schoolId, school.deviceId],
    );
    expect(Number(stored!.n)).toBe(school.records);
  });
});
