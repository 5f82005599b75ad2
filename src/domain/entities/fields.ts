/**
 * Field schemas shared by the entity schemas: ids, names, dates, grades, scores.
 * Every failure reports a `ValidationCode` (an i18n key), never English prose.
 */
import { z } from 'zod';
import type { Id } from '../ids';
import { isIsoDate } from '../dates';
import { INSTRUCTION_LANGUAGES, LANGUAGES, type InstructionLanguage, type Language } from '../language';
import { ValidationCode as V } from '../validation';

/** Type errors say "required" when the value is absent, "invalid type" otherwise. */
const typeError = (issue: { input?: unknown }): string => (issue.input === undefined ? V.required : V.invalidType);

/** Longest id accepted; matches `syncMetaSchema`. */
export const MAX_ID_LENGTH = 64;

/** A reference to a row of entity `E`; parsing tags it with the entity's id type. */
export function idRef<E extends string>(): z.ZodType<Id<E>, string> {
  return z.string({ error: typeError }).min(1, V.required).max(MAX_ID_LENGTH, V.tooLong) as unknown as z.ZodType<Id<E>, string>;
}

/** A list of distinct references. */
export function idRefs<E extends string>(max = 500): z.ZodType<Id<E>[], string[]> {
  return z
    .array(idRef<E>(), { error: typeError })
    .max(max, V.tooMany)
    .refine((ids) => new Set(ids).size === ids.length, V.duplicate);
}

/** Limits on free text, chosen to fit journal columns and keep rows small for slow links. */
export const TextLimit = {
  /** A person's surname, name or patronymic. */
  personName: 60,
  /** A title: school, class set, subject, topic, resource. */
  title: 200,
  /** A short code: subject code, objective code "5.1.2.1". */
  code: 32,
  /** A sentence: an objective, a criterion, a descriptor, a note. */
  line: 1_000,
  /** A paragraph: a plan's reflection, feedback to a pupil, a psychologist's note. */
  paragraph: 10_000,
} as const;

/** Trimmed, non-empty text of at most `max` characters. */
export function text(max: number) {
  return z.string({ error: typeError }).trim().min(1, V.required).max(max, V.tooLong);
}

/** A date 'YYYY-MM-DD' that exists on the calendar. */
export const isoDateSchema = z.string({ error: typeError }).refine((value) => isIsoDate(value), V.invalidDate);

/** A school grade (сынып / класс), 1-11. */
export const gradeSchema = z.number({ error: typeError }).int(V.notInteger).min(1, V.gradeRange).max(11, V.gradeRange);

/** Grades taught together; a combined class lists several, e.g. [5, 6]. */
export const gradesSchema = z
  .array(gradeSchema, { error: typeError })
  .min(1, V.emptyList)
  .max(11, V.tooMany)
  .refine((gs) => new Set(gs).size === gs.length, V.duplicate);

/** Points earned or available: finite and not negative; halves are allowed. */
export const scoreSchema = z.number({ error: typeError }).min(0, V.negative).max(100_000, V.outOfRange);

/** A maximum score: a score that must be positive, since percent divides by it. */
export const maxScoreSchema = z.number({ error: typeError }).gt(0, V.outOfRange).max(100_000, V.outOfRange);

/** A percentage 0-100 inclusive. */
export const percentSchema = z.number({ error: typeError }).min(0, V.percentRange).max(100, V.percentRange);

/** An academic quarter (тоқсан / четверть), 1-4. */
export const quarterSchema = z.number({ error: typeError }).int(V.notInteger).min(1, V.outOfRange).max(4, V.outOfRange);

/** An instant in Unix milliseconds (device or server time at the edge). */
export const instantSchema = z.number({ error: typeError }).int(V.notInteger).min(0, V.negative);

export const languageSchema = z.enum(LANGUAGES as [Language, ...Language[]], { error: V.invalidChoice });
export const instructionLanguageSchema = z.enum(INSTRUCTION_LANGUAGES as [InstructionLanguage, ...InstructionLanguage[]], { error: V.invalidChoice });

/** A closed set (a const object) as a zod enum reporting `invalidChoice`. */
export function oneOf<const T extends Record<string, string>>(set: T) {
  return z.enum(set, { error: V.invalidChoice });
}

/** Text in one or more of kk/ru/en; at least one language present. */
export function localizedText(max: number) {
  return z
    .object({ kk: text(max).optional(), ru: text(max).optional(), en: text(max).optional() }, { error: typeError })
    .refine((t) => t.kk !== undefined || t.ru !== undefined || t.en !== undefined, V.required);
}

/** A boolean with coded errors. */
export const flagSchema = z.boolean({ error: typeError });

/** Whether `to` is absent or not before `from`; use in refinements of date ranges. */
export function isOrdered<T extends string | number>(from: T | undefined, to: T | undefined): boolean {
  return from === undefined || to === undefined || from <= to;
}
