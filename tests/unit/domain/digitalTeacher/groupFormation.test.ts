import { describe, expect, it } from 'vitest';
import { GroupNotReadyCode, GroupRefusalCode, checkGroup, type GroupDraft, type GroupPupil } from '@/domain/digitalTeacher/groupFormation';
import { groupSchema } from '@/domain/entities/group';

const programme = new Set(['phys', 'alg', 'geo', 'chem', 'bio', 'hist']);
const pupil = (n: number, more: Partial<GroupPupil> = {}): GroupPupil => ({ pupilId: `p${n}`, grade: 9, subjectIds: ['phys', 'alg'], ...more });
const draft = (count: number, more: Partial<GroupDraft> = {}): GroupDraft => ({
  grade: 9,
  subjectId: 'phys',
  teacherId: 'teacher',
  assistantId: 'assistant',
  approved: true,
  pupils: Array.from({ length: count }, (_, i) => pupil(i + 1)),
  schedule: [
    { weekday: 2, startsAt: '15:00', minutes: 60 },
    { weekday: 4, startsAt: '15:00', minutes: 60 },
  ],
  ...more,
});

describe('forming a Digital teacher group', () => {
  it.each([3, 4, 5])('a group of %i pupils of one grade and subject, with an assistant and approved, is ready', (count) => {
    expect(checkGroup(draft(count), programme)).toEqual({ refusals: [], notReady: [], ready: true });
  });

  it('refuses a sixth pupil', () => {
    const check = checkGroup(draft(6), programme);
    expect(check.refusals).toEqual([{ code: GroupRefusalCode.tooManyPupils, pupilIds: [] }]);
    expect(check.ready).toBe(false);
  });

  it('a group of 2 is not refused but not ready', () => {
    expect(checkGroup(draft(2), programme)).toEqual({ refusals: [], notReady: [GroupNotReadyCode.tooFewPupils], ready: false });
  });

  it('refuses mixed grades, naming the pupil of the other grade', () => {
    const pupils = [pupil(1), pupil(2), pupil(3, { grade: 10 })];
    expect(checkGroup(draft(3, { pupils }), programme).refusals).toEqual([{ code: GroupRefusalCode.mixedGrades, pupilIds: ['p3'] }]);
  });

  it('refuses a pupil who did not choose the group’s subject', () => {
    const pupils = [pupil(1), pupil(2), pupil(3, { subjectIds: ['alg', 'bio'] })];
    expect(checkGroup(draft(3, { pupils }), programme).refusals).toEqual([{ code: GroupRefusalCode.subjectNotChosen, pupilIds: ['p3'] }]);
  });

  it('refuses a pupil already in another group of the subject', () => {
    const pupils = [pupil(1, { otherGroupSubjectIds: ['phys'] }), pupil(2, { otherGroupSubjectIds: ['alg'] }), pupil(3)];
    expect(checkGroup(draft(3, { pupils }), programme).refusals).toEqual([{ code: GroupRefusalCode.alreadyInSubjectGroup, pupilIds: ['p1'] }]);
  });

  it.each([7, 12])('refuses a group of grade %i', (grade) => {
    const pupils = [1, 2, 3].map((n) => pupil(n, { grade }));
    expect(checkGroup(draft(3, { grade, pupils }), programme).refusals).toEqual([{ code: GroupRefusalCode.gradeOutOfRange, pupilIds: [] }]);
  });

  it('refuses a subject outside the programme and the teacher as their own assistant', () => {
    const pupils = [1, 2, 3].map((n) => pupil(n, { subjectIds: ['art', 'alg'] }));
    expect(checkGroup(draft(3, { subjectId: 'art', pupils }), programme).refusals.map((r) => r.code)).toEqual([GroupRefusalCode.notProgrammeSubject]);
    expect(checkGroup(draft(3, { assistantId: 'teacher' }), programme).refusals.map((r) => r.code)).toEqual([GroupRefusalCode.assistantIsTeacher]);
  });

  it('without an assistant or approval the group is not ready', () => {
    expect(checkGroup(draft(4, { assistantId: undefined, approved: false }), programme).notReady).toEqual([
      GroupNotReadyCode.noAssistant,
      GroupNotReadyCode.notApproved,
    ]);
  });

  it('the stored group refuses six pupils too, and groups stored before approval existed still validate', () => {
    const row = { name: 'Физика 9', kind: 'digitalTeacher', grade: 9, subjectId: 'phys', pupilIds: ['a', 'b', 'c'], teacherId: 't' };
    expect(groupSchema.safeParse(row).success).toBe(true);
    expect(groupSchema.safeParse({ ...row, approvedById: 'h', approvedOn: '2026-09-20' }).success).toBe(true);
    expect(groupSchema.safeParse({ ...row, pupilIds: ['a', 'b', 'c', 'd', 'e', 'f'] }).success).toBe(false);
  });
});
