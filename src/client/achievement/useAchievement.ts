/** The Achievement screen's live read: a term mark typed or synced in while it is open updates every figure. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readAchievement, type AchievementReport } from './readAchievement';

export const useAchievement = (schoolId: string, yearId: string | undefined, today: string): AchievementReport | undefined =>
  useLiveRead((db) => readAchievement(db, schoolId, yearId, today), [schoolId, yearId, today]);
