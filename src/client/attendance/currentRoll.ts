/**
 * Who is on a register on a date, by the same membership rules the reports count with
 * (`indexAttendance`): a pupil is on a class set's register when one of their enrolments
 * there covers the date; a withdrawn pupil's enrolments end on `withdrawnOn`, so they are
 * gone from registers after it and their past marks stay in reports. Deleted pupils and
 * enrolments are ignored, and staff are never on a roll. A combined class comes ordered by
 * grade, then by name, in blocks a register shows under a heading per grade.
 */
import type { IsoDate } from '@/domain/dates';
import { compareByName, type PersonName } from '@/domain/person';
import { indexAttendance, type AttendanceIndex } from '@/domain/reports/attendanceIndex';
import { classSetMembers } from '@/domain/reports/classSetAttendanceReport';
import type { RollSources } from '../db/queries/readRolls';

export interface RollMember {
  readonly pupilId: string;
  readonly person: PersonName;
  readonly grade: number;
  /** The pupil's class set on the date: what their attendance mark records. */
  readonly classSetId: string;
}

export interface GradeBlock<T> {
  readonly grade: number;
  readonly members: readonly T[];
}

function rollIndex(sources: RollSources): AttendanceIndex {
  return indexAttendance({ pupils: sources.pupils, enrolments: sources.enrolments, sessions: [], marks: [] });
}

function personOf(index: AttendanceIndex, pupilId: string): PersonName {
  const p = index.pupils.get(pupilId);
  return { surname: p?.surname ?? '', name: p?.name ?? '', patronymic: p?.patronymic };
}

/** The class set's pupils on `date`, by grade then name. */
export function classSetRollOn(sources: RollSources, classSetId: string, date: IsoDate): RollMember[] {
  const index = rollIndex(sources);
  return classSetMembers(index, classSetId, { from: date, to: date }).map((m) => ({
    pupilId: m.pupilId,
    person: personOf(index, m.pupilId),
    grade: m.grade,
    classSetId,
  }));
}

/** A group's pupils who are at the school on `date` (enrolled in some class set), by grade then name. */
export function groupRollOn(sources: RollSources, pupilIds: readonly string[], date: IsoDate): RollMember[] {
  const index = rollIndex(sources);
  const members: RollMember[] = [];
  for (const pupilId of new Set(pupilIds)) {
    const span = (index.spansByPupil.get(pupilId) ?? []).find((s) => s.from <= date && (s.to === undefined || date <= s.to));
    if (span) members.push({ pupilId, person: personOf(index, pupilId), grade: span.grade, classSetId: span.classSetId });
  }
  return members.sort((a, b) => a.grade - b.grade || compareByName(a.person, b.person) || (a.pupilId < b.pupilId ? -1 : 1));
}

/** Consecutive members of one grade together, in the order given. */
export function blocksByGrade<T extends { readonly grade: number }>(members: readonly T[]): GradeBlock<T>[] {
  const blocks: Array<{ grade: number; members: T[] }> = [];
  for (const member of members) {
    const last = blocks.at(-1);
    if (last && last.grade === member.grade) last.members.push(member);
    else blocks.push({ grade: member.grade, members: [member] });
  }
  return blocks;
}
