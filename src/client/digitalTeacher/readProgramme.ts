/**
 * The programme at a glance, as the Digital teacher screen reads it: every pupil of grades
 * 8-11 (and anyone with a programme record) with their eligibility worked out from the
 * record and the gradebook, their two subjects and groups; every Digital teacher group with
 * its check (refusals, what is missing, ready); and the staff who may teach or assist.
 *
 * Staff-only: the low-income status read here lives in a table that never reaches a pupil's
 * or a methodologist's device (`Audience.schoolStaff`).
 */
import type { ProgrammeSlot } from '@/domain/digitalTeacher/groupSchedule';
import { programmeEligibility, isGradeInProgramme, type Eligibility, type SubjectAchievement } from '@/domain/digitalTeacher/eligibility';
import { checkGroup, type GroupCheck } from '@/domain/digitalTeacher/groupFormation';
import { Role } from '@/domain/roles';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { readProgrammeAchievement } from './programmeAchievement';
import { loadProgrammeSources, type ProgrammeSources } from './programmeSources';

export interface ProgrammePupil {
  readonly pupil: RowOf<'pupils'>;
  readonly classSetName: string;
  readonly record: RowOf<'welfareRecords'> | undefined;
  readonly achievement: readonly SubjectAchievement[];
  readonly eligibility: Eligibility;
}

export interface ProgrammeGroup {
  readonly group: RowOf<'groups'>;
  readonly check: GroupCheck;
}

export interface Programme {
  readonly subjects: readonly RowOf<'subjects'>[];
  readonly pupils: readonly ProgrammePupil[];
  readonly groups: readonly ProgrammeGroup[];
  /** Teachers and heads, who may be a group's digital teacher. */
  readonly teachers: readonly RowOf<'staff'>[];
  /** Any staff member may be a group's assistant teacher. */
  readonly staff: readonly RowOf<'staff'>[];
}

/** A group's rows as the pure rule sees them: each pupil's grade, chosen subjects and other groups. */
export interface GroupShape {
  readonly id: string;
  readonly grade: number;
  readonly subjectId?: string | undefined;
  readonly teacherId: string;
  readonly assistantId?: string | undefined;
  readonly approvedById?: string | undefined;
  readonly pupilIds: readonly string[];
  readonly schedule?: readonly ProgrammeSlot[] | undefined;
}

export function groupCheckOf(sources: ProgrammeSources, group: GroupShape): GroupCheck {
  const others = sources.groups.filter((g) => g.id !== group.id);
  return checkGroup(
    {
      grade: group.grade,
      subjectId: group.subjectId ?? '',
      teacherId: group.teacherId,
      assistantId: group.assistantId,
      approved: group.approvedById !== undefined,
      schedule: group.schedule,
      pupils: group.pupilIds.map((pupilId) => ({
        pupilId,
        grade: sources.pupilById.get(pupilId)?.grade ?? 0,
        subjectIds: (sources.recordOf.get(pupilId)?.subjectIds ?? []) as readonly string[],
        otherGroupSubjectIds: others.filter((g) => (g.pupilIds as readonly string[]).includes(pupilId)).map((g) => g.subjectId ?? ''),
      })),
    },
    sources.subjectIds,
  );
}

export async function readProgramme(db: SandyqDb, schoolId: string, today: string): Promise<Programme> {
  const [sources, classSets, staff] = await Promise.all([
    loadProgrammeSources(db, schoolId),
    liveRows(db, 'classSets').where('schoolId', schoolId),
    liveRows(db, 'staff').where('schoolId', schoolId),
  ]);
  const achievement = await readProgrammeAchievement(db, schoolId, sources.subjectIds, today);
  const classSetName = new Map(classSets.map((c) => [c.id as string, c.name]));
  const pupils = sources.pupils
    .filter((p) => sources.recordOf.has(p.id) || (p.status === 'active' && isGradeInProgramme(p.grade)))
    .map((pupil): ProgrammePupil => {
      const record = sources.recordOf.get(pupil.id);
      const own = achievement.get(pupil.id) ?? [];
      return {
        pupil,
        classSetName: classSetName.get(pupil.classSetId) ?? '',
        record,
        achievement: own,
        eligibility: programmeEligibility({
          grade: pupil.grade,
          lowIncome: record?.lowIncome ?? false,
          applicationOn: record?.applicationOn,
          achievement: own,
        }),
      };
    })
    .sort(
      (a, b) =>
        a.pupil.grade - b.pupil.grade || a.pupil.surname.localeCompare(b.pupil.surname, 'kk') || a.pupil.name.localeCompare(b.pupil.name, 'kk'),
    );
  const active = staff.filter((s) => s.status === 'active');
  return {
    subjects: sources.subjects,
    pupils,
    groups: sources.groups
      .map((group) => ({ group, check: groupCheckOf(sources, group) }))
      .sort((a, b) => a.group.grade - b.group.grade || a.group.name.localeCompare(b.group.name, 'kk')),
    teachers: active.filter((s) => s.roles.some((r) => r === Role.teacher || r === Role.head)),
    staff: active,
  };
}
