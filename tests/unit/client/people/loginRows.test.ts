import { describe, expect, it } from 'vitest';
import { loginRows } from '@/client/people/loginRows';
import type { PersonAccount } from '@/sync/peopleMessages';

const account = (over: Partial<PersonAccount>): PersonAccount => ({
  id: 'u1',
  login: 'x',
  displayName: 'x',
  roles: ['teacher'],
  disabled: false,
  mustChangePassword: false,
  ...over,
});

describe('the rows of the logins table', () => {
  const staff = [
    { id: 's1', surname: 'Омарова', name: 'Дана', status: 'active' },
    { id: 's2', surname: 'Әлиев', name: 'Бек', status: 'active' },
    { id: 's3', surname: 'Кеткен', name: 'Адам', status: 'left' },
    { id: 's4', surname: 'Кеткен', name: 'Логинсіз', status: 'left' },
  ];

  it('pairs each person with their login, by name, and keeps people who left only while they have a login', () => {
    const rows = loginRows('staff', staff, [
      account({ id: 'u1', staffId: 's1', login: 'omarova.d' }),
      account({ id: 'u3', staffId: 's3', disabled: true }),
    ]);
    expect(rows.map((r) => [r.name, r.account?.login ?? null, r.isAtSchool])).toEqual([
      ['Әлиев Бек', null, true],
      ['Кеткен Адам', 'x', false],
      ['Омарова Дана', 'omarova.d', true],
    ]);
    expect(rows[0]!.person).toEqual({ table: 'staff', id: 's2' });
  });

  it('matches pupils by their pupil id, never a staff login', () => {
    const rows = loginRows('pupils', [{ id: 's1', surname: 'Бала', name: 'Оқушы', status: 'active' }], [account({ staffId: 's1' })]);
    expect(rows[0]!.account).toBeUndefined();
    expect(
      loginRows('pupils', [{ id: 'p1', surname: 'Бала', name: 'Оқушы', status: 'active' }], [account({ pupilId: 'p1', roles: ['pupil'] })])[0]!
        .account?.roles,
    ).toEqual(['pupil']);
  });
});
