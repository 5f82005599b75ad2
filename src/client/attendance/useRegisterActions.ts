/**
 * The register's actions bound to the signed-in person and their laptop's database. Each
 * writes at once (`markAttendance`, `resolveConflict`); a write that fails leaves a message
 * for the register to show until the next write succeeds, and nothing is half stored.
 */
import { useState } from 'react';
import type { Register, RegisterPupil, ConflictRow } from './loadRegister';
import { markAllPresent, setLessonDetail, setMarkNote, setMarkStatus, type LessonDetail } from './markAttendance';
import { dismissConflict, restoreConflict } from './resolveConflict';
import { getDb } from '../db/openSandyqDb';
import type { SessionUser } from '../stores/sessionStore';
import type { AttendanceStatus } from '../../domain/attendance';

export interface RegisterActions {
  readonly hasFailed: boolean;
  setStatus(pupil: RegisterPupil, status: AttendanceStatus): Promise<boolean>;
  setNote(pupil: RegisterPupil, note: string): Promise<boolean>;
  allPresent(): Promise<boolean>;
  setDetail(detail: LessonDetail, value: string): Promise<boolean>;
  restore(conflict: ConflictRow): Promise<boolean>;
  dismiss(conflict: ConflictRow): Promise<boolean>;
}

export function useRegisterActions(user: SessionUser, register: Register): RegisterActions {
  const [hasFailed, setFailed] = useState(false);
  const db = getDb(user.dbName);
  const author = { userId: user.id, schoolId: user.schoolId };
  const resolver = () => ({ staffId: user.staffId, now: Date.now() });
  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
      setFailed(false);
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };
  return {
    hasFailed,
    setStatus: (pupil, status) => run(() => setMarkStatus(db, author, register, pupil, status)),
    setNote: (pupil, note) => run(() => setMarkNote(db, author, register, pupil, note)),
    allPresent: () => run(() => markAllPresent(db, author, register, register.pupils)),
    setDetail: (detail, value) => run(() => setLessonDetail(db, author, register, detail, value)),
    restore: (conflict) => run(() => restoreConflict(db, author, conflict, resolver())),
    dismiss: (conflict) => run(() => dismissConflict(db, author, conflict, resolver())),
  };
}
