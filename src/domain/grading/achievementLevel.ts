/**
 * The achievement level (initial / basic / good / high, as in the NIS monitoring) for a
 * percent, by the level bounds a grading policy carries. The bounds are data a district
 * supplies; without them there is no level, rather than one made up here.
 */
import type { AchievementLevel, GradingPolicy } from '../entities/gradingPolicy';
import { PERCENT_EPSILON } from './gradingResult';

/** The level `percent` reaches, or `undefined` if the policy has no levels or the percent is not 0-100. */
export function achievementLevel(percent: number, policy: Pick<GradingPolicy, 'achievementLevels'>): AchievementLevel | undefined {
  const bands = policy.achievementLevels;
  if (!bands || !Number.isFinite(percent) || percent < 0 || percent > 100 + PERCENT_EPSILON) return undefined;
  let level: AchievementLevel | undefined;
  for (const band of bands) if (percent + PERCENT_EPSILON >= band.minPercent) level = band.level;
  return level;
}
