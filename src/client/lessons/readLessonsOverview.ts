/**
 * The Lessons screen's view of one subject in one class set: the year's calendar-thematic
 * plan (КТЖ) laid on the class set's real lessons, each lesson with its planned topics and
 * its short-term plan (ҚМЖ) if one is written, each quarter's balance of hours and lessons,
 * and the topics behind the calendar. Without a plan the lessons are still listed, so a
 * teacher can write a ҚМЖ for tomorrow before the КТЖ is in.
 */
import type { IsoDate } from '@/domain/dates';
import type { CalendarPlanEntry } from '@/domain/entities/calendarPlan';
import { LessonStatus } from '@/domain/entities/lessonSession';
import { PlanningStep, hasReachedStep } from '@/domain/entities/lessonPlan';
import { layTopicsOnLessons, topicsBehind, type QuarterBalance } from '@/domain/lessons/layTopicsOnLessons';
import { subjectLessons, type SubjectLesson } from '@/domain/lessons/subjectLessons';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { readYearLessonSources } from '../db/queries/readPlanLessonSources';
import type { RowOf } from '../db/recordRow';
import { readSubjectPlans, type SubjectPlans } from './readSubjectPlans';

export interface OverviewQuery {
  readonly schoolId: string;
  readonly classSetId: string;
  readonly subjectId: string;
  readonly grade: number;
  readonly academicYearId: string;
  readonly staffId?: string | undefined;
  readonly today: IsoDate;
}

export interface PlannedLesson {
  readonly lesson: SubjectLesson;
  /** The КТЖ entries taught in it, by index into the plan's entries. */
  readonly entries: readonly number[];
  readonly lessonPlan?: Pick<RowOf<'lessonPlans'>, 'id' | 'topic' | 'step'> | undefined;
  /** Held (its register kept) or its ҚМЖ marked as conducted. */
  readonly taught: boolean;
}

export interface LessonsOverview {
  readonly plans: SubjectPlans;
  /** The academic year the lessons are of (its quarters date an imported plan's rows). */
  readonly year: RowOf<'academicYears'>;
  readonly entries: readonly CalendarPlanEntry[];
  readonly lessons: readonly PlannedLesson[];
  readonly quarters: readonly QuarterBalance[];
  /** Entries whose lessons are all past and none taught, by index. */
  readonly behind: readonly number[];
  /** Entries with no lesson in their quarter (more hours than lessons). */
  readonly unplaced: readonly number[];
}

export async function readLessonsOverview(db: SandyqDb, query: OverviewQuery): Promise<LessonsOverview | undefined> {
  const [plans, sources, lessonPlans] = await Promise.all([
    readSubjectPlans(db, query),
    readYearLessonSources(db, query.academicYearId, query.classSetId, query.schoolId),
    liveRows(db, 'lessonPlans').where('subjectId', query.subjectId),
  ]);
  if (!sources) return undefined;
  const lessons = subjectLessons({ ...sources, classSetId: query.classSetId, subjectId: query.subjectId });
  const entries = plans.current?.entries ?? [];
  const layout = layTopicsOnLessons(entries, lessons);
  const planOfSession = new Map(lessonPlans.filter((p) => p.classSetId === query.classSetId && p.sessionId).map((p) => [p.sessionId!, p]));
  const planned = layout.lessons.map(({ lesson, entries: taughtHere }) => {
    const lessonPlan = planOfSession.get(lesson.id);
    const taught = lesson.session.status === LessonStatus.held || (lessonPlan !== undefined && hasReachedStep(lessonPlan, PlanningStep.conducted));
    return { lesson, entries: taughtHere, taught, lessonPlan: lessonPlan && { id: lessonPlan.id, topic: lessonPlan.topic, step: lessonPlan.step } };
  });
  const taughtEntries = new Set(planned.filter((l) => l.taught).flatMap((l) => l.entries));
  return {
    plans,
    year: sources.year,
    entries,
    lessons: planned,
    quarters: layout.quarters,
    behind: topicsBehind(layout, taughtEntries, query.today),
    unplaced: layout.unplaced,
  };
}
