/** The Journal screen's live read: the page updates when a mark, a score or an attendance mark arrives. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readJournalPage, type JournalPageQuery } from './readJournalPage';

export const useJournalPage = (query: JournalPageQuery | undefined) =>
  useLiveRead(
    (db) => (query ? readJournalPage(db, query) : Promise.resolve(null)),
    [query?.classSetId, query?.subjectId, query?.quarter, query?.form],
  );
