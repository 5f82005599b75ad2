/** The stored rows the setup screens show, by name (types only: screens read them through the setup hooks). */
export type {
  AcademicYearRow,
  ClassSetRow,
  EnrolmentRow,
  LessonSessionRow,
  PupilRow,
  StaffRow,
  SubjectRow,
  TimetableSlotRow,
} from '../db/queries/setupQueries';
