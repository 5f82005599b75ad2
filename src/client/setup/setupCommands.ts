/**
 * What the head changes in the school's setup (School, People and Timetable screens), each
 * a write to this laptop that syncs later. Every command validates its input and the setup
 * rules and stores nothing when it throws (`RecordWriteError`, `SetupError`); a command that
 * writes several rows writes them in one transaction.
 */
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { updateRecord } from '../db/writeRecord';
import { useCommands } from '../workspace/useCommands';
import { saveAcademicYear } from './academicYearWrites';
import { archiveClassSet, createClassSet, restoreClassSet, updateClassSet } from './classSetWrites';
import { addExtraLesson, removeExtraLesson, setCancelled, setSubstitute } from './lessonChanges';
import { previewPupilImport, storePupilImport } from './pupilImport';
import { addPupil, movePupil, readmitPupil, withdrawPupil } from './pupilWrites';
import { setFilePrefetchLimit, setScreenMinutes } from './schoolSettings';
import { addStaff, markStaffLeft, readmitStaff } from './staffWrites';
import { addSlot, changeSlot, removeSlot } from './timetableWrites';

export const setupCommands = {
  createClassSet,
  updateClassSet,
  renameClassSet: (db: SandyqDb, author: Author, classSetId: string, name: string) => updateRecord(db, author, 'classSets', classSetId, { name }),
  archiveClassSet,
  restoreClassSet,
  addPupil,
  movePupil,
  withdrawPupil,
  readmitPupil,
  addStaff,
  markStaffLeft,
  readmitStaff,
  /** Reads only: what a CSV file would change, row by row, before anything is stored. */
  previewPupilImport: (db: SandyqDb, author: Author, bytes: Uint8Array, enrolledFrom: Parameters<typeof previewPupilImport>[3]) =>
    previewPupilImport(db, author.schoolId, bytes, enrolledFrom),
  storePupilImport,
  saveAcademicYear,
  addSlot,
  changeSlot,
  removeSlot,
  addExtraLesson,
  removeExtraLesson,
  setCancelled,
  setSubstitute,
  setFilePrefetchLimit,
  setScreenMinutes,
};

export const useSetupCommands = () => useCommands(setupCommands);
