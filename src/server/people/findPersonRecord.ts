/**
 * The synced staff or pupil row a login is for, as the server holds it. A deleted row, or
 * one of another school, is not found: the route answers 404 either way.
 */
import { fullName } from '@/domain/person';
import type { PersonRef } from '@/sync/peopleMessages';
import type { SqlExecutor } from '../storage/database';

export interface PersonRecord {
  table: PersonRef['table'];
  id: string;
  displayName: string;
  status: string;
}

export async function findPersonRecord(db: SqlExecutor, schoolId: string, person: PersonRef): Promise<PersonRecord | undefined> {
  const [row] = await db.query<{ data: Record<string, unknown> }>('SELECT data FROM records WHERE school_id = $1 AND tbl = $2 AND id = $3', [
    schoolId,
    person.table,
    person.id,
  ]);
  const data = row?.data;
  if (!data || data.deleted === true || typeof data.surname !== 'string' || typeof data.name !== 'string') return undefined;
  const patronymic = typeof data.patronymic === 'string' ? data.patronymic : undefined;
  return {
    table: person.table,
    id: person.id,
    displayName: fullName({ surname: data.surname, name: data.name, patronymic }),
    status: typeof data.status === 'string' ? data.status : '',
  };
}
