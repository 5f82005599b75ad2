/** The library's live reads. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readLibrary, type LibraryFilter } from './readLibrary';

export function useLibrary(schoolId: string, filter: LibraryFilter) {
  return useLiveRead((db) => readLibrary(db, schoolId, filter), [schoolId, filter]);
}
