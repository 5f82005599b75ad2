/** The attendance marks of some lesson sessions (tombstoned ones left out), by the `sessionId` index. */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export function readMarksOfSessions(db: SandyqDb, sessionIds: readonly string[]): Promise<RowOf<'attendanceMarks'>[]> {
  return liveRows(db, 'attendanceMarks').whereAnyOf('sessionId', sessionIds);
}
