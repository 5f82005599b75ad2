/**
 * Lagging topics to suggest for a pupil (seed 003: the digital teacher records each pupil's
 * lagging topics): from the class mastery report of the pupil's class set in the subject,
 * the topics the pupil has not mastered (below 65 %), weakest first; then the topics most of
 * the class has not mastered, which the pupil has no work on. Topics already recorded and
 * still open are not suggested again.
 */
import { MASTERED_PERCENT, type ClassMastery } from '../reports/classMastery';

export interface TopicSuggestion {
  readonly topicId: string;
  /** The pupil's percent on the topic, when they have work on it. */
  readonly pupilPercent: number | undefined;
  /** Pupils of the class set who have not mastered it, of those with work. */
  readonly notMastered: number;
  readonly pupilsWithWork: number;
}

export function suggestLaggingTopics(mastery: ClassMastery, pupilId: string, openTopicIds: ReadonlySet<string>, limit = 5): TopicSuggestion[] {
  const own = mastery.percent.get(pupilId) ?? new Map<string, number>();
  const byTopic = new Map(mastery.topics.map((t) => [t.topicId, t]));
  const suggestion = (topicId: string): TopicSuggestion => ({
    topicId,
    pupilPercent: own.get(topicId),
    notMastered: byTopic.get(topicId)?.notMastered ?? 0,
    pupilsWithWork: byTopic.get(topicId)?.pupilsWithWork ?? 0,
  });
  const weakOwn = [...own.entries()]
    .filter(([topicId, p]) => p < MASTERED_PERCENT && !openTopicIds.has(topicId))
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([topicId]) => suggestion(topicId));
  const classWeak = mastery.topics
    .filter((t) => t.notMastered > 0 && !own.has(t.topicId) && !openTopicIds.has(t.topicId))
    .map((t) => suggestion(t.topicId));
  return [...weakOwn, ...classWeak].slice(0, limit);
}
