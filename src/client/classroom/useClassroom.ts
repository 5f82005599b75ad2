/** The remote lesson panel's live read. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readClassroom } from './readClassroom';

export const useClassroom = (sessionId: string, classSetId: string | undefined) =>
  useLiveRead((db) => readClassroom(db, sessionId, classSetId, db.env.now()), [sessionId, classSetId]);
