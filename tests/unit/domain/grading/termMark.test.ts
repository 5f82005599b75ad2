import { describe, expect, it } from 'vitest';
import type { GradingPolicy } from '@/domain/entities/gradingPolicy';
import { GradingError } from '@/domain/grading/gradingResult';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { policyInForce } from '@/domain/grading/policyInForce';
import { termMark, type TermMarkInput } from '@/domain/grading/termMark';

const w = (score: number, maxScore: number) => ({ score, maxScore });

function input(overrides: Partial<TermMarkInput> = {}): TermMarkInput {
  return {
    policy: NATIONAL_POLICY_2020,
    grade: 6,
    hasTermSummative: true,
    formative: [w(8, 10), w(6, 10)],
    sectionSummatives: [w(9, 12), w(7, 10)],
    termSummative: [w(15, 25)],
    ...overrides,
  };
}

describe('term mark = 25 % formative + 25 % section summatives + 50 % term summative', () => {
  it('weighs each part’s total-points percent', () => {
    const r = termMark(input());
    // formative 14/20 = 70 %, sections 16/22 ≈ 72.73 %, term 15/25 = 60 %.
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.parts.formative).toBe(70);
    expect(r.value.parts.sectionSummative).toBeCloseTo((16 * 100) / 22, 10);
    expect(r.value.parts.termSummative).toBe(60);
    expect(r.value.percent).toBeCloseTo(0.25 * 70 + 0.25 * ((16 * 100) / 22) + 0.5 * 60, 10);
    expect(r.value.mark).toBe(4); // 17.5 + 18.18 + 30 = 65.68 %
  });

  it('gives 4 at exactly 65 % and 3 just under it', () => {
    // 60 / 70 / 65 → 15 + 17.5 + 32.5 = 65.
    const at65 = termMark(input({ formative: [w(6, 10)], sectionSummatives: [w(7, 10)], termSummative: [w(13, 20)] }));
    expect(at65.ok && at65.value).toMatchObject({ percent: 65, mark: 4 });
    const under = termMark(input({ formative: [w(6, 10)], sectionSummatives: [w(7, 10)], termSummative: [w(129, 200)] }));
    expect(under.ok && under.value.mark).toBe(3);
  });

  it('a missing term summative gives "incomplete", never a mark from the other parts', () => {
    expect(termMark(input({ termSummative: [] }))).toEqual({
      ok: false,
      reason: GradingError.incomplete,
      components: ['termSummative'],
    });
  });

  it('names every missing part', () => {
    expect(termMark(input({ formative: [], sectionSummatives: [] }))).toEqual({
      ok: false,
      reason: GradingError.incomplete,
      components: ['formative', 'sectionSummative'],
    });
  });

  it('a subject without a term summative uses its own weights (50 / 50 nationally)', () => {
    const r = termMark(input({ hasTermSummative: false, termSummative: [], formative: [w(9, 10)], sectionSummatives: [w(8, 10)] }));
    expect(r.ok && r.value).toMatchObject({ percent: 85, mark: 5, parts: { termSummative: null } });
  });

  it('refuses a term summative given for a subject weighed without one', () => {
    expect(termMark(input({ hasTermSummative: false }))).toEqual({
      ok: false,
      reason: GradingError.unexpectedComponent,
      components: ['termSummative'],
    });
  });

  it('refuses a part with a score above its maximum, naming the part', () => {
    expect(termMark(input({ sectionSummatives: [w(11, 10)] }))).toEqual({
      ok: false,
      reason: GradingError.aboveMaximum,
      components: ['sectionSummative'],
    });
  });

  it('uses the grade-1 column for a grade-1 pupil', () => {
    const parts = { formative: [w(3, 10)], sectionSummatives: [w(3, 10)], termSummative: [w(3, 10)] };
    expect(termMark(input({ ...parts, grade: 1 }))).toMatchObject({ ok: true, value: { percent: 30, mark: 3 } });
    expect(termMark(input({ ...parts, grade: 2 }))).toMatchObject({ ok: true, value: { mark: 2 } });
  });
});

describe('policy in force by date', () => {
  const POLICY_2026: GradingPolicy = {
    ...NATIONAL_POLICY_2020,
    name: 'Hypothetical amendment',
    effectiveFrom: '2026-01-08',
    weights: { formative: 30, sectionSummative: 30, termSummative: 40 },
  };
  const MUSIC_ONLY: GradingPolicy = {
    ...NATIONAL_POLICY_2020,
    name: 'Music',
    effectiveFrom: '2020-09-01',
    subjectIds: ['subject-music' as never],
  };
  const policies = [POLICY_2026, NATIONAL_POLICY_2020, MUSIC_ONLY];

  it('switches on the new policy’s effective date, not a day before', () => {
    expect(policyInForce(policies, '2026-01-07')).toBe(NATIONAL_POLICY_2020);
    expect(policyInForce(policies, '2026-01-08')).toBe(POLICY_2026);
  });

  it('finds nothing before the first policy', () => {
    expect(policyInForce(policies, '2019-05-25')).toBeUndefined();
  });

  it('the same work gives the mark of the policy in force on the quarter’s last day', () => {
    // formative 100 %, sections 100 %, term 20 %: 60 % under 25/25/50 (3), 68 % under 30/30/40 (4).
    const work = { formative: [w(10, 10)], sectionSummatives: [w(10, 10)], termSummative: [w(2, 10)] };
    const before = termMark(input({ ...work, policy: policyInForce(policies, '2025-12-28')! }));
    const after = termMark(input({ ...work, policy: policyInForce(policies, '2026-03-18')! }));
    expect(before.ok && before.value).toMatchObject({ percent: 60, mark: 3 });
    expect(after.ok && after.value).toMatchObject({ percent: 68, mark: 4 });
  });

  it('a subject’s own policy wins on the same date; other subjects never get it', () => {
    expect(policyInForce(policies, '2025-10-01', 'subject-music')).toBe(MUSIC_ONLY);
    expect(policyInForce(policies, '2025-10-01', 'subject-math')).toBe(NATIONAL_POLICY_2020);
    expect(policyInForce(policies, '2026-02-01', 'subject-music')).toBe(POLICY_2026);
  });
});
