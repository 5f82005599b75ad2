/**
 * Which grading policy applies on a date to a subject. A policy applies from its
 * `effectiveFrom` until a later one that also applies takes over; a policy with
 * `subjectIds` applies only to those subjects, one without applies to all.
 *
 * Rule: the applicable policy with the latest `effectiveFrom` on or before the date wins;
 * on the same date a subject's own policy wins over a general one. So a new national
 * policy also supersedes older subject policies, which the school re-issues if they still hold.
 *
 * Term marks use the policy in force on the last day of the quarter.
 */
import type { IsoDate } from '../dates';
import type { GradingPolicy } from '../entities/gradingPolicy';

export function policyInForce<P extends Pick<GradingPolicy, 'effectiveFrom' | 'subjectIds'>>(
  policies: readonly P[],
  date: IsoDate,
  subjectId?: string,
): P | undefined {
  let best: P | undefined;
  for (const p of policies) {
    if (p.effectiveFrom > date) continue;
    if (p.subjectIds !== undefined && (subjectId === undefined || !(p.subjectIds as readonly string[]).includes(subjectId))) continue;
    if (
      best === undefined ||
      p.effectiveFrom > best.effectiveFrom ||
      (p.effectiveFrom === best.effectiveFrom && p.subjectIds !== undefined && best.subjectIds === undefined)
    )
      best = p;
  }
  return best;
}
