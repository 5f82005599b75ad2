/**
 * A register (`loadRegister`), kept current: marks from this laptop, from sync, and
 * conflicts as they arrive. `undefined` while loading, `null` when the date has no such lesson.
 */
import { useLiveRead } from '../workspace/useLiveRead';
import { loadRegister, type Register, type RegisterQuery } from './loadRegister';

export function useRegister(query: RegisterQuery): Register | null | undefined {
  return useLiveRead((db) => loadRegister(db, query), [query.schoolId, query.sessionId, query.date]);
}
