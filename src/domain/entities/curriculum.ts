/**
 * The curriculum tree of a subject and grade: sections (бөлім / раздел), their topics
 * (тақырып / тема), and the learning objectives (оқу мақсаты / цель обучения) with codes
 * such as "5.1.2.1" (grade.section.subsection.objective). Plans, resources, items and
 * reports by section and topic all point into this tree.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, gradeSchema, idRef, localizedText, quarterSchema, text } from './fields';

export const SECTION_SCHEMA_VERSION = 1;
export const TOPIC_SCHEMA_VERSION = 1;
export const LEARNING_OBJECTIVE_SCHEMA_VERSION = 1;

/** Position among siblings, for display order. */
const orderSchema = z.number().int(V.notInteger).min(0, V.negative).max(10_000, V.outOfRange);

export const sectionSchema = z.object({
  subjectId: idRef<'Subject'>(),
  grade: gradeSchema,
  /** The quarter the section is taught in, when the curriculum fixes it. */
  quarter: quarterSchema.optional(),
  order: orderSchema,
  titles: localizedText(TextLimit.title),
});
export type Section = z.infer<typeof sectionSchema>;

export const topicSchema = z.object({
  sectionId: idRef<'Section'>(),
  /** Copied from the section so topics can be listed by subject without a join. */
  subjectId: idRef<'Subject'>(),
  grade: gradeSchema,
  order: orderSchema,
  titles: localizedText(TextLimit.title),
  /** Teaching hours the curriculum gives the topic. */
  hours: z.number().gt(0, V.outOfRange).max(200, V.outOfRange).optional(),
});
export type Topic = z.infer<typeof topicSchema>;

/** Objective codes are dotted numbers, optionally with letters: "5.1.2.1", "7.2.1.3", "5.Т1". */
export const objectiveCodeSchema = text(TextLimit.code).regex(/^\d{1,2}(\.[\p{L}\p{N}]+)+$/u, V.invalidFormat);

export const learningObjectiveSchema = z.object({
  code: objectiveCodeSchema,
  text: localizedText(TextLimit.line),
  topicId: idRef<'Topic'>(),
  subjectId: idRef<'Subject'>(),
  grade: gradeSchema,
});
export type LearningObjective = z.infer<typeof learningObjectiveSchema>;
