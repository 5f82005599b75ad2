/**
 * A school subject (пән / предмет) with its names in Kazakh, Russian and English.
 * `code` is a stable key (e.g. "algebra", "kazakhHistory") that seed data and content packs
 * use to find the same subject in every school.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, gradesSchema, localizedText, text } from './fields';

export const SUBJECT_SCHEMA_VERSION = 1;

export const subjectSchema = z.object({
  code: text(TextLimit.code).regex(/^[a-zA-Z][a-zA-Z0-9_-]*$/, V.invalidFormat),
  names: localizedText(TextLimit.title),
  /** Grades the subject is taught in; absent means all. */
  grades: gradesSchema.optional(),
});
export type Subject = z.infer<typeof subjectSchema>;
