/**
 * The register's actions for the signed-in person. Each writes at once; a write that fails
 * leaves `hasFailed` set for the register to say so until the next write succeeds, and
 * nothing is half stored. Each answers whether it was stored.
 */
import type { AttendanceStatus } from '@/domain/attendance';
import { useSaveAction } from '../workspace/useSaveAction';
import { useSignedInUser } from '../workspace/sessionContext';
import { useAttendanceCommands } from './attendanceCommands';
import type { ConflictRow, Register, RegisterPupil } from './loadRegister';
import type { LessonDetail } from './markAttendance';

export interface RegisterActions {
  readonly hasFailed: boolean;
  setStatus(pupil: RegisterPupil, status: AttendanceStatus): Promise<boolean>;
  setNote(pupil: RegisterPupil, note: string): Promise<boolean>;
  allPresent(): Promise<boolean>;
  setDetail(detail: LessonDetail, value: string): Promise<boolean>;
  restore(conflict: ConflictRow): Promise<boolean>;
  dismiss(conflict: ConflictRow): Promise<boolean>;
}

export function useRegisterActions(register: Register): RegisterActions {
  const { staffId } = useSignedInUser();
  const attendance = useAttendanceCommands();
  const save = useSaveAction();
  const resolver = () => ({ staffId, now: Date.now() });
  return {
    hasFailed: save.state.status === 'failed',
    setStatus: (pupil, status) => save.run(() => attendance.setMarkStatus(register, pupil, status)),
    setNote: (pupil, note) => save.run(() => attendance.setMarkNote(register, pupil, note)),
    allPresent: () => save.run(() => attendance.markAllPresent(register, register.pupils)),
    setDetail: (detail, value) => save.run(() => attendance.setLessonDetail(register, detail, value)),
    restore: (conflict) => save.run(() => attendance.restoreConflict(conflict, resolver())),
    dismiss: (conflict) => save.run(() => attendance.dismissConflict(conflict, resolver())),
  };
}
