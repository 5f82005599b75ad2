/**
 * The lifecycle most server suites share: one database of `kind` for the describe block, and
 * a fresh fixture on it for every test (opened before, closed after). `use` hands both to the
 * suite's own variables, so its tests keep reading `db` and `f`.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Database } from '@/server/storage/database';
import type { TestDatabaseKind } from './databases';

export function fixturePerTest<F extends { close(): Promise<void> }>(
  kind: TestDatabaseKind,
  openFixture: (db: Database) => Promise<F>,
  use: (db: Database, fixture: F) => void | Promise<void>,
): void {
  let db: Database | undefined;
  let fixture: F | undefined;
  beforeAll(async () => {
    db = await kind.open();
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    fixture = await openFixture(db!);
    await use(db!, fixture);
  });
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });
}
