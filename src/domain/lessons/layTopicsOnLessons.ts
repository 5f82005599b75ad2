/**
 * Lays a calendar-thematic plan (КТЖ) on the lessons the class set actually has, quarter by
 * quarter, as teachers correct a plan: a quarter's topics go on that quarter's lessons in
 * teaching order, each taking as many lessons as its hours (a half-hour topic shares a
 * lesson). A quarter with fewer lessons than planned hours is short: its last topics have no
 * lesson (the teacher merges topics); one with more has spare lessons (for revision). A
 * quarter's shortfall never pushes topics into the next quarter, whose plan is its own.
 */
import type { Quarter } from '../academicCalendar';
import type { IsoDate } from '../dates';
import type { SubjectLesson } from './subjectLessons';

/** What the layout needs of a plan entry (a `CalendarPlanEntry`). */
export interface PlannedTopic {
  /** 1-4 (the entity's `quarterSchema`); another number matches no lesson and stays unplaced. */
  readonly quarter: number;
  readonly hours: number;
}

export interface LessonTopics {
  readonly lesson: SubjectLesson;
  /** Indexes of the plan's entries taught in this lesson; empty for a spare lesson. */
  readonly entries: readonly number[];
}

export interface QuarterBalance {
  readonly quarter: Quarter;
  readonly plannedHours: number;
  readonly lessons: number;
  /** Lessons missing for the planned hours (rounded up): topics to merge. */
  readonly shortBy: number;
  /** Lessons beyond the planned hours. */
  readonly spare: number;
}

export interface TopicLayout {
  readonly lessons: readonly LessonTopics[];
  readonly quarters: readonly QuarterBalance[];
  /** Entries that found no lesson in their quarter. */
  readonly unplaced: readonly number[];
}

const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
/** Hours are decimals (0.5): compare with a tolerance so 0.1 + 0.2 lands on its lesson. */
const EPSILON = 1e-9;

export function layTopicsOnLessons(entries: readonly PlannedTopic[], lessons: readonly SubjectLesson[]): TopicLayout {
  const laid: LessonTopics[] = [];
  const quarters: QuarterBalance[] = [];
  const unplaced: number[] = [];
  for (const quarter of QUARTERS) {
    const ours = lessons.filter((l) => l.quarter === quarter);
    const spans: Array<{ index: number; start: number; end: number }> = [];
    let hours = 0;
    entries.forEach((entry, index) => {
      if (entry.quarter !== quarter) return;
      spans.push({ index, start: hours, end: hours + entry.hours });
      hours += entry.hours;
    });
    ours.forEach((lesson, k) => {
      const taught = spans.filter((s) => s.start < k + 1 - EPSILON && s.end > k + EPSILON).map((s) => s.index);
      laid.push({ lesson, entries: taught });
    });
    for (const s of spans) if (s.start >= ours.length - EPSILON) unplaced.push(s.index);
    const needed = Math.ceil(hours - EPSILON);
    quarters.push({
      quarter,
      plannedHours: hours,
      lessons: ours.length,
      shortBy: Math.max(0, needed - ours.length),
      spare: Math.max(0, ours.length - needed),
    });
  }
  laid.sort((a, b) => (a.lesson.date < b.lesson.date ? -1 : a.lesson.date > b.lesson.date ? 1 : a.lesson.session.period - b.lesson.session.period));
  return { lessons: laid, quarters, unplaced: unplaced.sort((a, b) => a - b) };
}

/**
 * Topics behind the calendar on `today`: every lesson the layout gave them is before today,
 * and none of those lessons recorded it as taught (`taughtEntries`, from the journal).
 */
export function topicsBehind(layout: TopicLayout, taughtEntries: ReadonlySet<number>, today: IsoDate): number[] {
  const lastLesson = new Map<number, IsoDate>();
  for (const { lesson, entries } of layout.lessons) for (const e of entries) lastLesson.set(e, lesson.date);
  return [...lastLesson]
    .filter(([entry, date]) => date < today && !taughtEntries.has(entry))
    .map(([entry]) => entry)
    .sort((a, b) => a - b);
}
