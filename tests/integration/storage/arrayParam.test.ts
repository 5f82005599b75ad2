/**
 * Array parameters (arrayParam.ts) read back the same on both databases: PostgreSQL takes
 * them in the binary array format, PGlite as JavaScript arrays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArrayParam } from '@/server/storage/arrayParam';
import type { Database } from '@/server/storage/database';
import { TEST_DATABASES } from '../../support/databases';

describe.each(TEST_DATABASES)('array parameters on $name', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await kind.open();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('text, int8 and jsonb columns, nulls and empty strings, unnested row by row', async () => {
    const t = ['a', 'Қазақ "x" \\ 📚', null, '', '\u2028 é 𝄞'];
    const d = [{ a: 1, s: 'Сынып' }, [1, 'x'], null, { e: '\n"', deep: { list: [true, null] } }, 'plain'];
    const s = [1, 2 ** 40, null, -5, Number.MAX_SAFE_INTEGER];
    const rows = await db.query<{ t: string | null; d: unknown; s: number | null }>(
      'SELECT x.t, x.d, x.s FROM unnest($1::text[], $2::jsonb[], $3::int8[]) WITH ORDINALITY AS x(t, d, s, n) ORDER BY x.n',
      [new ArrayParam('text', t), new ArrayParam('jsonb', d), new ArrayParam('int8', s)],
    );
    expect(rows.map((r) => r.t)).toEqual(t);
    expect(rows.map((r) => r.d)).toEqual(d);
    expect(rows.map((r) => (r.s === null ? null : Number(r.s)))).toEqual(s);
  });

  it('empty arrays unnest to no rows', async () => {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM unnest($1::text[], $2::jsonb[], $3::int8[]) AS x(t, d, s)', [
      new ArrayParam('text', []),
      new ArrayParam('jsonb', []),
      new ArrayParam('int8', []),
    ]);
    expect(row!.n).toBe(0);
  });
});
