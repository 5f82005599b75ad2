/**
 * A Digital teacher group is approved by the deputy head (a head) alone, whatever a device
 * sends (`src/sync/fieldWriters.ts`): a teacher's laptop that writes the approval gets a
 * `forbidden` rejection and nothing is stored; the head's approval is stored; a teacher who
 * changes the group's pupils may withdraw it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RejectionReason } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { openSecurityFixture, type SecurityFixture } from './securityFixture';

describe('Digital teacher group approval on the server', () => {
  let f: SecurityFixture;
  const id = randomUUID();
  beforeAll(async () => {
    f = await openSecurityFixture(TEST_DATABASES[0]!);
  });
  afterAll(async () => {
    await f.close();
  });

  const stored = async () =>
    (await f.server.database!.query<{ data: Record<string, unknown> }>("SELECT data FROM records WHERE tbl = 'groups' AND id = $1", [id]))[0]?.data;
  const send = async (actor: 'head' | 'teacher', fields: Record<string, unknown>) => {
    const answer = await f.sync(actor, [f.mutation(actor, { table: 'groups', id, schoolId: f.schoolId, fields })]);
    expect(answer.status).toBe(200);
    return answer.header!.rejected.map((r) => r.reason);
  };

  it('a teacher forms the group but cannot approve it; the head approves; changing its pupils withdraws the approval', async () => {
    const group = {
      name: 'Физика 9',
      kind: 'digitalTeacher',
      grade: 9,
      subjectId: randomUUID(),
      pupilIds: [randomUUID(), randomUUID(), randomUUID(), randomUUID()],
      teacherId: f.accounts.teacher.staffId,
      assistantId: f.accounts.head.staffId,
    };
    expect(await send('teacher', { ...group, approvedById: f.accounts.teacher.staffId, approvedOn: '2026-12-01' })).toEqual([
      RejectionReason.forbidden,
    ]);
    expect(await stored()).toBeUndefined();
    expect(await send('teacher', group)).toEqual([]);
    expect(await send('teacher', { approvedById: f.accounts.teacher.staffId, approvedOn: '2026-12-01' })).toEqual([RejectionReason.forbidden]);
    expect((await stored())?.approvedById).toBeUndefined();

    expect(await send('head', { approvedById: f.accounts.head.staffId, approvedOn: '2026-12-01' })).toEqual([]);
    expect(await stored()).toMatchObject({ approvedById: f.accounts.head.staffId, approvedOn: '2026-12-01' });

    expect(await send('teacher', { pupilIds: group.pupilIds.slice(0, 3), approvedById: null, approvedOn: null })).toEqual([]);
    expect((await stored())?.approvedById ?? null).toBeNull();
  });
});
