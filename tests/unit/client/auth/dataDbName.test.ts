/**
 * The device database a user's data lives in follows the read rules (readAccess.ts): users
 * who may read the same rows share one, anyone else gets their own.
 */
import { describe, expect, it } from 'vitest';
import { dataDbNameFor } from '@/client/auth/dataDbName';
import { Role } from '@/domain/roles';

const user = (roles: Role[]) => ({ userId: 'user-1', schoolId: 'school-1', roles });

describe('dataDbNameFor', () => {
  it('P2: head, teachers and assistants share the school staff database', () => {
    for (const role of [Role.head, Role.teacher, Role.assistant]) expect(dataDbNameFor(user([role]))).toBe('sandyq-s-school-1');
    expect(dataDbNameFor(user([Role.methodologist, Role.teacher]))).toBe('sandyq-s-school-1');
  });

  it('P2: a pupil, and an account without roles, get a database of their own', () => {
    expect(dataDbNameFor(user([Role.pupil]))).toBe('sandyq-p-user-1');
    expect(dataDbNameFor(user([]))).toBe('sandyq-p-user-1');
  });

  it('P2: a methodologist never opens the school staff database, also when the account holds the pupil role', () => {
    expect(dataDbNameFor(user([Role.methodologist]))).toBe('sandyq-m-user-1');
    expect(dataDbNameFor(user([Role.pupil, Role.methodologist]))).toBe('sandyq-m-user-1');
  });
});
