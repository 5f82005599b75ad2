/**
 * The national grading rules in force since the 2020-2021 school year (Appendix 1 of the
 * national assessment rules, Order No. 125 as amended): percent to the 5-point mark, and
 * the term mark as 25 % formative + 25 % section summatives + 50 % term summative.
 *
 * Bands are lower bounds: 40 % reaches 3, 39.99 % does not. The grade-1 column reads
 * 0-20, 21-50, 51-80, 81-100.
 *
 * A subject without a term summative needs weights of its own; this policy gives it
 * 50 % formative + 50 % section summatives, the split schools commonly apply. Check it
 * against the order in force; a school or district that applies another split records it
 * as its own policy (for those subjects, or with a later `effectiveFrom`).
 *
 * WARNING: do not edit these numbers to follow a new order. Add a policy with the new
 * order's effective date, so marks of past years are still computed by the rules of their day.
 */
import type { GradingPolicy } from '../entities/gradingPolicy';

export const NATIONAL_POLICY_2020: GradingPolicy = {
  name: 'Order No. 125, Appendix 1 (2020-2021 onwards)',
  effectiveFrom: '2020-09-01',
  scales: [
    {
      fromGrade: 1,
      toGrade: 1,
      bands: [
        { minPercent: 0, mark: 2 },
        { minPercent: 21, mark: 3 },
        { minPercent: 51, mark: 4 },
        { minPercent: 81, mark: 5 },
      ],
    },
    {
      fromGrade: 2,
      toGrade: 11,
      bands: [
        { minPercent: 0, mark: 2 },
        { minPercent: 40, mark: 3 },
        { minPercent: 65, mark: 4 },
        { minPercent: 85, mark: 5 },
      ],
    },
  ],
  weights: { formative: 25, sectionSummative: 25, termSummative: 50 },
  weightsWithoutTermSummative: { formative: 50, sectionSummative: 50, termSummative: 0 },
};
