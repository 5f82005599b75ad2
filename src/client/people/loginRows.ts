/**
 * One row per person of the People screen's logins table: the school's staff or pupils as
 * this laptop holds them, each with the login the server has for them, if any. People who
 * left are listed only while they still have a login (to disable it, or to enable it again
 * once readmitted); nobody can get a new login while not at school.
 */
import { compareByName, fullName, type PersonName } from '@/domain/person';
import type { PersonAccount, PersonRef } from '@/sync/peopleMessages';

export interface LoginRow {
  person: PersonRef;
  name: string;
  surname: string;
  givenName: string;
  isAtSchool: boolean;
  account?: PersonAccount;
}

type Person = PersonName & { id: string; status: string };

export function loginRows(table: PersonRef['table'], people: readonly Person[], accounts: readonly PersonAccount[]): LoginRow[] {
  const byPerson = new Map(accounts.map((a) => [table === 'staff' ? a.staffId : a.pupilId, a]));
  return [...people]
    .sort(compareByName)
    .map((p) => {
      const account = byPerson.get(p.id);
      return {
        person: { table, id: p.id },
        name: fullName(p),
        surname: p.surname,
        givenName: p.name,
        isAtSchool: p.status === 'active',
        ...(account ? { account } : {}),
      };
    })
    .filter((row) => row.isAtSchool || row.account !== undefined);
}
