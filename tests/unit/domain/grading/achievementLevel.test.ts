import { describe, expect, it } from 'vitest';
import { gradingPolicySchema, type GradingPolicy } from '@/domain/entities/gradingPolicy';
import { achievementLevel } from '@/domain/grading/achievementLevel';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';

const WITH_LEVELS: GradingPolicy = {
  ...NATIONAL_POLICY_2020,
  achievementLevels: [
    { minPercent: 0, level: 'initial' },
    { minPercent: 30, level: 'basic' },
    { minPercent: 60, level: 'good' },
    { minPercent: 85, level: 'high' },
  ],
};

describe('achievement levels', () => {
  it('are read from the policy’s bounds, lower bounds inclusive', () => {
    expect(gradingPolicySchema.safeParse(WITH_LEVELS).success).toBe(true);
    expect(achievementLevel(29.99, WITH_LEVELS)).toBe('initial');
    expect(achievementLevel(30, WITH_LEVELS)).toBe('basic');
    expect(achievementLevel(85, WITH_LEVELS)).toBe('high');
  });

  it('are absent when the policy gives no bounds or the percent is out of range', () => {
    expect(achievementLevel(90, NATIONAL_POLICY_2020)).toBeUndefined();
    expect(achievementLevel(101, WITH_LEVELS)).toBeUndefined();
    expect(achievementLevel(Number.NaN, WITH_LEVELS)).toBeUndefined();
  });

  it('must rise in both percent and level', () => {
    const bad = {
      ...WITH_LEVELS,
      achievementLevels: [
        { minPercent: 0, level: 'good' },
        { minPercent: 50, level: 'basic' },
      ],
    };
    expect(gradingPolicySchema.safeParse(bad).success).toBe(false);
  });
});
