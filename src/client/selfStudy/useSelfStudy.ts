/** The pupil's screens' live reads: what is assigned, the attempt in progress, the results. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readAttemptPaper } from './readAttemptPaper';
import { readMyResults } from './readMyResults';
import { readMyWork } from './readMyWork';

/** `now` is read once per change: a task that opens later shows as it opens on the next change or visit. */
export const useMyWork = (pupilId: string) => useLiveRead((db) => readMyWork(db, pupilId, db.env.now()), [pupilId]);

export const useAttemptPaper = (attemptId: string | undefined) =>
  useLiveRead((db) => (attemptId ? readAttemptPaper(db, attemptId) : Promise.resolve(null)), [attemptId]);

export const useMyResults = (pupilId: string) => useLiveRead((db) => readMyResults(db, pupilId), [pupilId]);
