/**
 * The calendar-thematic plan (күнтізбелік-тақырыптық жоспар, КТЖ / КТП) of a subject and
 * grade for a year: the topics per quarter, in teaching order, each with its section
 * (бөлім), hours, learning objectives' codes and, when the teacher fixes them, its school
 * week or planned date. Teachers' spreadsheets name sections and codes, rarely weeks, so
 * both the week and the curriculum links are optional (rows stored before still parse).
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { objectiveCodeSchema } from './curriculum';
import { TextLimit, gradeSchema, idRef, idRefs, isoDateSchema, quarterSchema, text } from './fields';

export const CALENDAR_PLAN_SCHEMA_VERSION = 1;

const entrySchema = z
  .object({
    quarter: quarterSchema,
    /** School week within the year, 1-based, when the plan fixes one. */
    week: z.number().int(V.notInteger).min(1, V.outOfRange).max(53, V.outOfRange).optional(),
    sectionId: idRef<'Section'>().optional(),
    /** The section (бөлім / раздел) as the plan writes it. */
    section: text(TextLimit.title).optional(),
    topicId: idRef<'Topic'>().optional(),
    /** The topic as the teacher wrote it; required when no topic of the curriculum is linked. */
    title: text(TextLimit.title).optional(),
    hours: z.number().gt(0, V.outOfRange).max(50, V.outOfRange),
    /** Planned date of the first lesson on it, if the teacher fixes one. */
    plannedOn: isoDateSchema.optional(),
    objectiveIds: idRefs<'LearningObjective'>(50).optional(),
    /** The learning objectives' codes as the curriculum writes them, e.g. "5.1.2.1". */
    objectiveCodes: z.array(objectiveCodeSchema).max(20, V.tooMany).optional(),
  })
  .refine((e) => e.topicId !== undefined || e.title !== undefined, { path: ['title'], message: V.required });

export const calendarPlanSchema = z
  .object({
    subjectId: idRef<'Subject'>(),
    grade: gradeSchema,
    academicYearId: idRef<'AcademicYear'>(),
    authorId: idRef<'Staff'>(),
    /** Entries in teaching order. */
    entries: z.array(entrySchema).max(400, V.tooMany),
  })
  .superRefine((p, ctx) => {
    // Teaching order never goes back a quarter, nor a week where both have one.
    for (let i = 1; i < p.entries.length; i++) {
      const a = p.entries[i - 1]!;
      const b = p.entries[i]!;
      if (b.quarter < a.quarter) ctx.addIssue({ code: 'custom', path: ['entries', i, 'quarter'], message: V.dateOrder });
      else if (b.quarter === a.quarter && a.week !== undefined && b.week !== undefined && b.week < a.week)
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'week'], message: V.dateOrder });
    }
  });
export type CalendarPlan = z.infer<typeof calendarPlanSchema>;
export type CalendarPlanEntry = CalendarPlan['entries'][number];

/** Hours planned for each quarter (index 0 = quarter 1). */
export function plannedHoursByQuarter(plan: CalendarPlan): [number, number, number, number] {
  const hours: [number, number, number, number] = [0, 0, 0, 0];
  for (const e of plan.entries) {
    const i = e.quarter - 1;
    hours[i] = (hours[i] ?? 0) + e.hours;
  }
  return hours;
}
