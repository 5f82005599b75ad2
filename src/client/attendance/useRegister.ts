/**
 * A register (`loadRegister`), live: marks from this laptop, from sync, and conflicts as
 * they arrive. `undefined` while loading, `null` when the date has no such lesson.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/openSandyqDb';
import { loadRegister, type Register, type RegisterQuery } from './loadRegister';

export function useRegister(dbName: string, query: RegisterQuery): Register | null | undefined {
  return useLiveQuery(() => loadRegister(getDb(dbName), query), [dbName, query.schoolId, query.sessionId, query.date]);
}
