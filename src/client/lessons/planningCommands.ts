/**
 * What a teacher changes in their lesson planning: the calendar-thematic plan (КТЖ) and the
 * short-term plans (ҚМЖ), each a write to this laptop that syncs later, and the conflicts a
 * co-planned field leaves (restore the other version, or keep the one that stands).
 */
import { dismissConflict, restoreConflict } from '../conflicts/resolveConflict';
import { useCommands } from '../workspace/useCommands';
import { copyCalendarPlan, createCalendarPlan, importCalendarPlan, saveCalendarPlanEntries } from './calendarPlanWrites';
import { saveLessonPlan, startLessonPlan } from './lessonPlanWrites';

import { giveLesson } from './giveLesson';

export const planningCommands = {
  createCalendarPlan,
  copyCalendarPlan,
  saveCalendarPlanEntries,
  importCalendarPlan,
  startLessonPlan,
  saveLessonPlan,
  restorePlanConflict: restoreConflict,
  dismissPlanConflict: dismissConflict,
  giveLesson,
};

export const usePlanningCommands = () => useCommands(planningCommands);
