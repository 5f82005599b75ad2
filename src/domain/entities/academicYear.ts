/**
 * An academic year (оқу жылы / учебный год): four quarters (тоқсан / четверть) with their
 * dates, the holidays (public holidays and days off inside the quarters), and the school week.
 * Vacations (каникулы) are the gaps between quarters, so they need no entries of their own.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, isoDateSchema, text } from './fields';

export const ACADEMIC_YEAR_SCHEMA_VERSION = 1;

const quarterDatesSchema = z.object({ startsOn: isoDateSchema, endsOn: isoDateSchema });

const holidaySchema = z.object({
  name: text(TextLimit.title),
  from: isoDateSchema,
  /** Last day off, inclusive; equal to `from` for a single day. */
  to: isoDateSchema,
});

export const academicYearSchema = z
  .object({
    /** As schools write it, e.g. "2025-2026". */
    name: text(TextLimit.code),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    /** Quarters 1-4 in order: `quarters[0]` is the first quarter. */
    quarters: z.tuple([quarterDatesSchema, quarterDatesSchema, quarterDatesSchema, quarterDatesSchema], {
      error: V.invalid,
    }),
    holidays: z.array(holidaySchema).max(100, V.tooMany),
    /** Weekdays with lessons (1 = Monday): [1..5] for a five-day week, [1..6] for six. */
    schoolWeek: z
      .array(z.number().int(V.notInteger).min(1, V.outOfRange).max(7, V.outOfRange))
      .min(1, V.emptyList)
      .refine((ds) => new Set(ds).size === ds.length, V.duplicate),
  })
  .superRefine((y, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (y.endsOn < y.startsOn) issue(['endsOn'], V.dateOrder);
    let previousEnd = y.startsOn;
    y.quarters.forEach((q, i) => {
      if (q.endsOn < q.startsOn) issue(['quarters', i, 'endsOn'], V.dateOrder);
      // Quarters follow one another without overlap and stay inside the year.
      if (i === 0 ? q.startsOn < previousEnd : q.startsOn <= previousEnd) issue(['quarters', i, 'startsOn'], V.dateOrder);
      if (q.endsOn > y.endsOn) issue(['quarters', i, 'endsOn'], V.outOfRange);
      previousEnd = q.endsOn;
    });
    y.holidays.forEach((h, i) => {
      if (h.to < h.from) issue(['holidays', i, 'to'], V.dateOrder);
    });
  });
export type AcademicYear = z.infer<typeof academicYearSchema>;
export type Holiday = AcademicYear['holidays'][number];
