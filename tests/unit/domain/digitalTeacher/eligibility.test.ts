import { describe, expect, it } from 'vitest';
import { IneligibleReason, programmeEligibility, type EligibilityInput } from '@/domain/digitalTeacher/eligibility';
import { SubjectChoiceProblem, checkSubjectChoice } from '@/domain/digitalTeacher/subjectChoice';
import { programmeSubjectIds } from '@/domain/digitalTeacher/programmeSubjects';
import { welfareRecordSchema } from '@/domain/entities/welfareRecord';

const eligible: EligibilityInput = {
  grade: 9,
  lowIncome: true,
  applicationOn: '2026-09-15',
  achievement: [{ subjectId: 'physics', termMark: 3 }],
};

describe('programme eligibility', () => {
  it.each([8, 9, 10, 11])('admits a low-income, low-achieving pupil of grade %i whose parent applied', (grade) => {
    expect(programmeEligibility({ ...eligible, grade })).toEqual({ eligible: true, reasons: [], lowSubjectIds: ['physics'] });
  });

  it.each([7, 12])('refuses grade %i, outside 8-11', (grade) => {
    const result = programmeEligibility({ ...eligible, grade });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([IneligibleReason.gradeOutOfRange]);
  });

  it('refuses a pupil not from a low-income family', () => {
    expect(programmeEligibility({ ...eligible, lowIncome: false }).reasons).toEqual([IneligibleReason.notLowIncome]);
  });

  it('refuses without the parent’s application', () => {
    expect(programmeEligibility({ ...eligible, applicationOn: undefined }).reasons).toEqual([IneligibleReason.noApplication]);
  });

  it('counts a term mark of 3 or below, or mastery below 65 %, as low achievement; 4 and 65 % are not', () => {
    const low = (achievement: EligibilityInput['achievement']) => programmeEligibility({ ...eligible, achievement }).lowSubjectIds;
    expect(low([{ subjectId: 'a', termMark: 2 }])).toEqual(['a']);
    expect(low([{ subjectId: 'a', termMark: 4 }])).toEqual([]);
    expect(low([{ subjectId: 'a', masteryPercent: 64.9 }])).toEqual(['a']);
    expect(low([{ subjectId: 'a', masteryPercent: 65 }])).toEqual([]);
    expect(low([{ subjectId: 'a', termMark: 5, masteryPercent: 40 }])).toEqual(['a']);
    expect(programmeEligibility({ ...eligible, achievement: [{ subjectId: 'a', termMark: 4 }] }).reasons).toEqual([IneligibleReason.notLowAchieving]);
  });

  it('gives every unmet condition at once', () => {
    expect(programmeEligibility({ grade: 12, lowIncome: false, achievement: [] }).reasons).toEqual([
      IneligibleReason.gradeOutOfRange,
      IneligibleReason.notLowIncome,
      IneligibleReason.notLowAchieving,
      IneligibleReason.noApplication,
    ]);
  });
});

describe('the choice of two subjects', () => {
  const programme = programmeSubjectIds([
    { id: 'alg', code: 'algebra' },
    { id: 'geo', code: 'geometry' },
    { id: 'chem', code: 'chemistry' },
    { id: 'phys', code: 'physics' },
    { id: 'bio', code: 'biology' },
    { id: 'hist', code: 'kazakhHistory' },
    { id: 'art', code: 'art' },
  ]);

  it('knows the six programme subjects by code', () => {
    expect([...programme].sort()).toEqual(['alg', 'bio', 'chem', 'geo', 'hist', 'phys']);
  });

  it('accepts two programme subjects as complete, one as incomplete', () => {
    expect(checkSubjectChoice(['phys', 'alg'], programme)).toEqual({ refusals: [], complete: true });
    expect(checkSubjectChoice(['phys'], programme)).toEqual({ refusals: [], complete: false });
  });

  it('refuses a third subject', () => {
    expect(checkSubjectChoice(['phys', 'alg', 'bio'], programme).refusals).toEqual([SubjectChoiceProblem.tooManySubjects]);
  });

  it('refuses a subject outside the programme and a subject twice', () => {
    expect(checkSubjectChoice(['phys', 'art'], programme).refusals).toEqual([SubjectChoiceProblem.notProgrammeSubject]);
    expect(checkSubjectChoice(['phys', 'phys'], programme).refusals).toEqual([SubjectChoiceProblem.duplicateSubject]);
  });

  it('the stored record refuses a third subject too, and rows without an application date still validate', () => {
    const row = { pupilId: 'p', lowIncome: true, subjectIds: ['phys', 'alg'], laggingTopics: [], checkpoints: [] };
    expect(welfareRecordSchema.safeParse(row).success).toBe(true);
    expect(welfareRecordSchema.safeParse({ ...row, applicationOn: '2026-09-15' }).success).toBe(true);
    expect(welfareRecordSchema.safeParse({ ...row, applicationOn: '2026-02-30' }).success).toBe(false);
    expect(welfareRecordSchema.safeParse({ ...row, subjectIds: ['phys', 'alg', 'bio'] }).success).toBe(false);
  });
});
