import { afterEach, describe, expect, it } from 'vitest';
import { readStaffMember } from '@/client/db/queries/setupQueries';
import { SetupErrorReason } from '@/client/setup/setupError';
import { addStaff, markStaffLeft, readmitStaff } from '@/client/setup/staffWrites';
import { HEAD, setupSchool, type SetupFixture } from './setupFixture';

let school: SetupFixture | undefined;
afterEach(() => school?.db.close());

describe('staff who leave and come back', () => {
  it('marks a member of staff as left and back again, each a synced change; the same state twice is refused', async () => {
    school = await setupSchool();
    const { db } = school;
    const id = await addStaff(db, HEAD, { surname: 'Омарова', name: 'Дана', roles: ['teacher'] });
    const outbox = await db.$outbox.count();
    await markStaffLeft(db, HEAD, id);
    expect(await readStaffMember(db, id)).toMatchObject({ status: 'left', surname: 'Омарова' });
    expect(await db.$outbox.count()).toBe(outbox + 1);
    await expect(markStaffLeft(db, HEAD, id)).rejects.toMatchObject({ reason: SetupErrorReason.staffStatusUnchanged });
    await readmitStaff(db, HEAD, id);
    expect(await readStaffMember(db, id)).toMatchObject({ status: 'active' });
    await expect(readmitStaff(db, HEAD, 'nobody')).rejects.toMatchObject({ reason: SetupErrorReason.notFound });
  });
});
