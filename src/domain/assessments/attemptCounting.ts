/**
 * Which of a pupil's attempts at an assignment counts (the assignment's rule: best, last or
 * first), and only that one: attempts made on two laptops before either synced are two
 * attempts, never added together. Attempts not scored yet cannot be chosen as best; a
 * refused late attempt never counts.
 */
import type { AttemptCounting } from '../entities/assignment';

export interface CountableAttempt {
  readonly id: string;
  readonly submittedAt: number;
  /** Total points so far, or undefined while the server has not scored it. */
  readonly total: number | undefined;
  readonly refused?: boolean;
}

export function countedAttempt<A extends CountableAttempt>(attempts: readonly A[], rule: AttemptCounting = 'best'): A | undefined {
  const open = attempts.filter((a) => a.refused !== true);
  const byTime = [...open].sort((a, b) => a.submittedAt - b.submittedAt || a.id.localeCompare(b.id));
  switch (rule) {
    case 'first':
      return byTime[0];
    case 'last':
      return byTime[byTime.length - 1];
    case 'best':
      return byTime.reduce<A | undefined>(
        (best, a) => (a.total !== undefined && (best?.total === undefined || a.total > best.total) ? a : best),
        undefined,
      );
  }
}
