/** The attendance marks of some lesson sessions (tombstoned ones left out), by the `sessionId` index. */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';

export async function readMarksOfSessions(db: SandyqDb, sessionIds: readonly string[]): Promise<RowOf<'attendanceMarks'>[]> {
  if (sessionIds.length === 0) return [];
  const marks = await db.rows('attendanceMarks').where('sessionId').anyOf([...sessionIds]).toArray();
  return marks.filter((m) => m.deleted !== true);
}
