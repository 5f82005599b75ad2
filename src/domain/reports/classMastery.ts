/**
 * Class mastery by topic: each pupil's share of the points of a topic's items across the
 * scored work (every attempt counts: practice shows mastery too), and, per topic, how many
 * pupils have not mastered it, the topics most pupils have not mastered first: the input for
 * re-teaching and for the Digital teacher programme's lagging topics.
 *
 * A topic is mastered at 65 % or more of its points: the national scale's mark 4 (grades
 * 2-11); below, the pupil still needs it. A pupil with no work on a topic is neither.
 */
export const MASTERED_PERCENT = 65;

export interface TopicScore {
  readonly pupilId: string;
  readonly topicId: string;
  readonly points: number;
  readonly maxPoints: number;
}

export interface TopicMastery {
  readonly topicId: string;
  /** Pupils with work on the topic. */
  readonly pupilsWithWork: number;
  readonly notMastered: number;
}

export interface ClassMastery {
  /** percent by pupil, then by topic; absent where the pupil has no work on the topic. */
  readonly percent: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Topics with work, those most pupils have not mastered first. */
  readonly topics: readonly TopicMastery[];
}

export function classMastery(scores: readonly TopicScore[]): ClassMastery {
  const sums = new Map<string, Map<string, { points: number; max: number }>>();
  for (const s of scores) {
    if (s.maxPoints <= 0) continue;
    const byTopic = sums.get(s.pupilId) ?? new Map<string, { points: number; max: number }>();
    const sum = byTopic.get(s.topicId) ?? { points: 0, max: 0 };
    byTopic.set(s.topicId, { points: sum.points + s.points, max: sum.max + s.maxPoints });
    sums.set(s.pupilId, byTopic);
  }
  const percent = new Map<string, Map<string, number>>();
  const topics = new Map<string, { pupilsWithWork: number; notMastered: number }>();
  for (const [pupilId, byTopic] of sums) {
    const row = new Map<string, number>();
    for (const [topicId, sum] of byTopic) {
      const p = Math.round(((sum.points * 100) / sum.max) * 10) / 10;
      row.set(topicId, p);
      const t = topics.get(topicId) ?? { pupilsWithWork: 0, notMastered: 0 };
      topics.set(topicId, { pupilsWithWork: t.pupilsWithWork + 1, notMastered: t.notMastered + (p < MASTERED_PERCENT ? 1 : 0) });
    }
    percent.set(pupilId, row);
  }
  return {
    percent,
    topics: [...topics.entries()]
      .map(([topicId, t]) => ({ topicId, ...t }))
      .sort(
        (a, b) =>
          b.notMastered / b.pupilsWithWork - a.notMastered / a.pupilsWithWork || b.notMastered - a.notMastered || a.topicId.localeCompare(b.topicId),
      ),
  };
}
