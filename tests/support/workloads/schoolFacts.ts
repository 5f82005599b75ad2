/**
 * What the workload generators need to know about a school, read from its synced rows (the
 * demo school's `records`, or any school built the same way): ids of the year, class sets,
 * pupils, subjects, staff and timetable, and the pupils' sign-in accounts.
 */
import type { DemoAccount, DemoSchool } from '@/server/demo/buildDemoSchool';
import type { SystemRecord } from '@/server/accounts/writeSystemRecords';
import type { AcademicYear } from '@/domain/entities/academicYear';

export interface FactClassSet {
  id: string;
  name: string;
  grades: number[];
  language: string;
  pupilIds: string[];
}

export interface FactPupil {
  id: string;
  classSetId: string;
  grade: number;
}

export interface FactSlot {
  id: string;
  classSetId: string;
  weekday: number;
  period: number;
  subjectId: string;
  teacherId: string;
}

export interface SchoolFacts {
  schoolId: string;
  academicYearId: string;
  academicYear: AcademicYear;
  classSets: FactClassSet[];
  pupils: FactPupil[];
  subjects: Array<{ id: string; code: string; grades?: number[] }>;
  headId: string;
  teacherIds: string[];
  assistantIds: string[];
  slots: FactSlot[];
  /** Sign-in accounts by pupil id (demo schools have one for every pupil). */
  pupilAccounts: Map<string, DemoAccount>;
}

function rowsOf(records: readonly SystemRecord[], table: string): Array<{ id: string; f: Record<string, unknown> }> {
  return records.filter((r) => r.table === table).map((r) => ({ id: r.id, f: r.fields }));
}

export function schoolFacts(demo: DemoSchool): SchoolFacts {
  const { records } = demo;
  const year = rowsOf(records, 'academicYears')[0];
  if (!year) throw new Error('school has no academic year');
  const pupils: FactPupil[] = rowsOf(records, 'pupils').map((p) => ({ id: p.id, classSetId: String(p.f.classSetId), grade: Number(p.f.grade) }));
  const classSets: FactClassSet[] = rowsOf(records, 'classSets').map((c) => ({
    id: c.id,
    name: String(c.f.name),
    grades: c.f.grades as number[],
    language: String(c.f.language),
    pupilIds: pupils.filter((p) => p.classSetId === c.id).map((p) => p.id),
  }));
  const staff = rowsOf(records, 'staff');
  const withRole = (role: string) => staff.filter((s) => (s.f.roles as string[]).includes(role)).map((s) => s.id);
  return {
    schoolId: demo.school.id,
    academicYearId: year.id,
    academicYear: year.f as unknown as AcademicYear,
    classSets,
    pupils,
    subjects: rowsOf(records, 'subjects').map((s) => ({
      id: s.id,
      code: String(s.f.code),
      ...(s.f.grades ? { grades: s.f.grades as number[] } : {}),
    })),
    headId: withRole('head')[0]!,
    teacherIds: withRole('teacher'),
    assistantIds: withRole('assistant'),
    slots: rowsOf(records, 'timetableSlots').map((s) => ({
      id: s.id,
      classSetId: String(s.f.classSetId),
      weekday: Number(s.f.weekday),
      period: Number(s.f.period),
      subjectId: String(s.f.subjectId),
      teacherId: String(s.f.teacherId),
    })),
    pupilAccounts: new Map(demo.accounts.filter((a) => a.pupilId).map((a) => [a.pupilId!, a])),
  };
}
