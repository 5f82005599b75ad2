/**
 * The id of a pupil's attendance mark on a lesson: derived from both, so the teacher's and
 * the assistant's laptops, marking the same lesson offline, write ONE row whose fields
 * merge (and whose concurrent values become conflicts) instead of two rows.
 *
 * WARNING: marks already stored and synced carry this id; changing its parts orphans them.
 */
import { asId, derivedId, type AttendanceMarkId } from '@/domain/ids';

export function attendanceMarkId(sessionId: string, pupilId: string): AttendanceMarkId {
  return asId<'AttendanceMark'>(derivedId(sessionId, pupilId));
}
