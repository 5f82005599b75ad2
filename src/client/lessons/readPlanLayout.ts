/**
 * A calendar-thematic plan laid on a class set's real lessons: per lesson the plan's topics,
 * per quarter the shortfall or spare lessons (`layTopicsOnLessons`). A read, for a screen's
 * live read (`useLiveRead`), so the layout follows timetable changes and cancelled lessons.
 */
import type { SandyqDb } from '../db/db';
import { readPlanLessonSources } from '../db/queries/readPlanLessonSources';
import type { RowOf } from '../db/recordRow';
import { layTopicsOnLessons, type TopicLayout } from '@/domain/lessons/layTopicsOnLessons';
import { subjectLessons } from '@/domain/lessons/subjectLessons';

export interface PlanLayout {
  readonly plan: RowOf<'calendarPlans'>;
  readonly layout: TopicLayout;
}

export async function readPlanLayout(db: SandyqDb, planId: string, classSetId: string): Promise<PlanLayout | undefined> {
  const sources = await readPlanLessonSources(db, planId, classSetId);
  if (!sources) return undefined;
  const { plan, year, slots, stored } = sources;
  const lessons = subjectLessons({ year, classSetId, subjectId: plan.subjectId, slots, stored });
  return { plan, layout: layTopicsOnLessons(plan.entries, lessons) };
}
