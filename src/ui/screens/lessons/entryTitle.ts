/** A КТЖ entry's topic as the teacher wrote it (a curriculum topic's id only when no title). */
import type { CalendarPlanEntry } from '@/domain/entities/calendarPlan';

export function entryTitle(entry: CalendarPlanEntry | undefined): string {
  return entry?.title ?? '';
}

/** The learning objectives' codes an entry names (an imported plan's codes). */
export function entryObjectiveCodes(entry: CalendarPlanEntry): readonly string[] {
  return entry.objectiveCodes ?? [];
}
