/**
 * A register (`loadRegister`), kept current: marks from this laptop, from sync, and
 * conflicts as they arrive. `undefined` while loading, `null` when the date has no such lesson.
 */
import { REGISTER_TABLES } from './attendanceTables';
import { loadRegister, type Register, type RegisterQuery } from './loadRegister';
import { useWatchedRead } from './useWatchedRead';

export function useRegister(dbName: string, query: RegisterQuery): Register | null | undefined {
  return useWatchedRead(dbName, REGISTER_TABLES, (db) => loadRegister(db, query), [query.schoolId, query.sessionId, query.date]);
}
