/**
 * Forming and approving a Digital teacher group. Forming checks the whole group against the
 * programme's rules (`checkGroup`: a sixth pupil, mixed grades, a subject a pupil did not
 * choose are refused; two pupils is stored but not ready) and keeps each pupil's record's
 * `groupIds` in step, in one transaction. Approval is the head's (the deputy head holds the
 * head role here) and only of a complete group; changing who is in the group, its grade or
 * subject withdraws the approval, since the head approved another group.
 */
import type { ProgrammeSlot } from '@/domain/digitalTeacher/groupSchedule';
import { GroupNotReadyCode } from '@/domain/digitalTeacher/groupFormation';
import { GroupKind } from '@/domain/entities/group';
import { Role } from '@/domain/roles';
import type { TableName } from '@/domain/tables';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { writeTogether } from '../db/queries/setupTransaction';
import { createRecord, updateRecord } from '../db/writeRecord';
import { loadProgrammeSources } from './programmeSources';
import { ProgrammeRefusal, ProgrammeRuleCode, refuse } from './programmeRefusal';
import { groupCheckOf } from './readProgramme';
import { welfareRecordIdOf } from './welfareRecordId';

export interface GroupInput {
  readonly name: string;
  readonly grade: number;
  readonly subjectId: string;
  readonly pupilIds: readonly string[];
  readonly teacherId: string;
  readonly assistantId?: string | undefined;
  readonly academicYearId?: string | undefined;
  /** The group's two weekly lessons (groupSchedule.ts). */
  readonly schedule?: readonly ProgrammeSlot[] | undefined;
}

export interface Approver {
  readonly staffId: string;
  readonly roles: readonly Role[];
}

const TABLES: readonly TableName[] = ['subjects', 'pupils', 'welfareRecords', 'groups'];

/** Stores a new group (no `groupId`) or changes one; returns its id. */
export function saveGroup(db: SandyqDb, author: Author, input: GroupInput, groupId?: string): Promise<string> {
  return writeTogether(db, TABLES, async () => {
    const sources = await loadProgrammeSources(db, author.schoolId);
    const existing = groupId === undefined ? undefined : sources.groups.find((g) => g.id === groupId);
    if (groupId !== undefined && !existing) refuse(ProgrammeRuleCode.groupNotFound);
    const outside = input.pupilIds.filter((p) => !sources.recordOf.has(p));
    if (outside.length > 0) refuse(ProgrammeRuleCode.notInProgramme, outside);
    const changedMembers =
      existing !== undefined &&
      (existing.grade !== input.grade || existing.subjectId !== input.subjectId || existing.pupilIds.join() !== [...input.pupilIds].join());
    const approvedById = changedMembers ? undefined : existing?.approvedById;
    const check = groupCheckOf(sources, { id: groupId ?? '', ...input, approvedById });
    if (check.refusals.length > 0) throw new ProgrammeRefusal(check.refusals);

    const fields = {
      name: input.name,
      kind: GroupKind.digitalTeacher,
      grade: input.grade,
      subjectId: input.subjectId,
      pupilIds: [...input.pupilIds],
      teacherId: input.teacherId,
      ...(input.academicYearId ? { academicYearId: input.academicYearId } : {}),
      ...(input.schedule ? { schedule: input.schedule.map((s) => ({ weekday: s.weekday, startsAt: s.startsAt, minutes: s.minutes })) } : {}),
    };
    let id: string;
    if (existing) {
      id = existing.id;
      await updateRecord(db, author, 'groups', id, {
        ...fields,
        assistantId: input.assistantId ?? null,
        ...(changedMembers ? { approvedById: null, approvedOn: null } : {}),
      });
    } else {
      id = await createRecord(db, author, 'groups', { ...fields, ...(input.assistantId ? { assistantId: input.assistantId } : {}) });
    }
    // Each pupil's record names the groups they are in (two at most: one per chosen subject).
    const members = new Set(input.pupilIds);
    for (const record of sources.recordOf.values()) {
      const had = ((record.groupIds ?? []) as readonly string[]).includes(id);
      if (had === members.has(record.pupilId)) continue;
      const groupIds = had ? (record.groupIds ?? []).filter((g) => g !== id) : [...(record.groupIds ?? []), id];
      await updateRecord(db, author, 'welfareRecords', welfareRecordIdOf(record.pupilId), { groupIds });
    }
    return id;
  });
}

/** The head approves a complete group (3-5 pupils, an assistant, nothing refused). */
export function approveGroup(db: SandyqDb, author: Author, groupId: string, approver: Approver, today: string): Promise<void> {
  return writeTogether(db, TABLES, async () => {
    if (!approver.roles.includes(Role.head)) refuse(ProgrammeRuleCode.approverNotHead);
    const sources = await loadProgrammeSources(db, author.schoolId);
    const group = sources.groups.find((g) => g.id === groupId) ?? refuse(ProgrammeRuleCode.groupNotFound);
    const check = groupCheckOf(sources, group);
    if (check.refusals.length > 0) throw new ProgrammeRefusal(check.refusals);
    if (check.notReady.some((n) => n !== GroupNotReadyCode.notApproved)) refuse(ProgrammeRuleCode.groupNotComplete);
    await updateRecord(db, author, 'groups', groupId, { approvedById: approver.staffId, approvedOn: today });
  });
}
