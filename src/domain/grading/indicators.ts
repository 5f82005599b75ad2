/**
 * The two indicators every school report gives for a class, a subject or a school:
 * - үлгерім (успеваемость, performance): the share of pupils with no mark below 3;
 * - білім сапасы (качество знаний, quality of knowledge): the share with only 4s and 5s.
 *
 * Pass each pupil's marks for the period (e.g. the term marks of all subjects, or one
 * subject's). A pupil with no marks is "not assessed": counted apart and left out of both
 * shares, which are over assessed pupils. With no assessed pupil (an empty class) the
 * shares are `null`, not 0 % or 100 %.
 */

export interface Indicators {
  readonly pupils: number;
  readonly assessed: number;
  readonly notAssessed: number;
  /** Assessed pupils with no mark below 3. */
  readonly performing: number;
  /** Assessed pupils with only 4s and 5s. */
  readonly good: number;
  /** Үлгерім, percent of assessed pupils; `null` when none was assessed. */
  readonly performancePercent: number | null;
  /** Білім сапасы, percent of assessed pupils; `null` when none was assessed. */
  readonly qualityPercent: number | null;
}

export function indicators(marksByPupil: readonly (readonly number[])[]): Indicators {
  let assessed = 0;
  let performing = 0;
  let good = 0;
  for (const marks of marksByPupil) {
    if (marks.length === 0) continue;
    assessed += 1;
    const lowest = Math.min(...marks);
    if (lowest >= 3) performing += 1;
    if (lowest >= 4) good += 1;
  }
  const share = (n: number): number | null => (assessed === 0 ? null : (n * 100) / assessed);
  return {
    pupils: marksByPupil.length,
    assessed,
    notAssessed: marksByPupil.length - assessed,
    performing,
    good,
    performancePercent: share(performing),
    qualityPercent: share(good),
  };
}
