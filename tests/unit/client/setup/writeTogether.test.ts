import { afterEach, describe, expect, it } from 'vitest';
import { writeTogether } from '@/client/db/queries/setupTransaction';
import { RecordWriteError } from '@/client/db/recordWriteError';
import { createRecord } from '@/client/db/writeRecord';
import { HEAD, setupSchool, type SetupFixture } from './setupFixture';

let school: SetupFixture | undefined;
afterEach(() => school?.db.close());

describe('writeTogether', () => {
  it('stores every write or none: a refused write rolls back the rows and outbox entries before it', async () => {
    school = await setupSchool();
    const { db, set56 } = school;
    const before = { pupils: await db.rows('pupils').count(), enrolments: await db.rows('enrolments').count(), outbox: await db.$outbox.count() };
    const error = await writeTogether(db, ['pupils', 'enrolments'], async () => {
      const pupilId = await createRecord(db, HEAD, 'pupils', { surname: 'Омаров', name: 'Тимур', grade: 6, classSetId: set56, status: 'active' });
      await createRecord(db, HEAD, 'enrolments', { pupilId, classSetId: set56, grade: 13, from: '2026-09-01' });
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordWriteError);
    expect({ pupils: await db.rows('pupils').count(), enrolments: await db.rows('enrolments').count(), outbox: await db.$outbox.count() }).toEqual(
      before,
    );
  });
});
