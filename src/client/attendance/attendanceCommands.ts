/**
 * What a teacher or assistant changes in a register, each a write to this laptop that syncs
 * later: a pupil's status or note, "all present" (one transaction for the whole class), the
 * lesson's topic and note, and a conflict restored or dismissed.
 */
import { useCommands } from '../workspace/useCommands';
import { markAllPresent, setLessonDetail, setMarkNote, setMarkStatus } from './markAttendance';
import { dismissConflict, restoreConflict } from '../conflicts/resolveConflict';

export const attendanceCommands = { setMarkStatus, setMarkNote, markAllPresent, setLessonDetail, restoreConflict, dismissConflict };

export const useAttendanceCommands = () => useCommands(attendanceCommands);
