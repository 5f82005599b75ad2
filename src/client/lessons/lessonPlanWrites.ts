/**
 * Writing a short-term lesson plan (ҚМЖ). A lesson's plan has an id derived from the
 * lesson, so the hub teacher and the local teacher who both start the plan of one lesson
 * offline write one row: its fields merge one by one, and a field both changed keeps the
 * losing version as a conflict to restore (rule M3), never a second plan.
 */
import { PlanningStep } from '@/domain/entities/lessonPlan';
import { derivedId } from '@/domain/ids';
import { templateStages, type LessonTemplate, type StageNames } from '@/domain/lessons/lessonPlanTemplate';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { NewRecord, RecordPatch } from '../db/recordRow';
import { createRecord, updateRecord } from '../db/writeRecord';

export interface NewLessonPlan {
  /** The lesson it is for (a timetable lesson's id, stored or not). */
  readonly sessionId: string;
  readonly classSetId: string;
  readonly subjectId: string;
  readonly grades: readonly number[];
  readonly authorId: string;
  readonly topic: string;
  /** The КТЖ topic's objective codes, offered as the lesson's objectives. */
  readonly objectiveCodes: readonly string[];
  readonly template: LessonTemplate;
  readonly lessonMinutes: number;
  readonly stageNames: StageNames;
}

export function lessonPlanIdOf(sessionId: string): string {
  return derivedId('lessonPlan', sessionId);
}

/** Opens the lesson's plan, creating it from the template the first time; returns its id. */
export async function startLessonPlan(db: SandyqDb, author: Author, input: NewLessonPlan): Promise<string> {
  const id = lessonPlanIdOf(input.sessionId);
  if (await liveRows(db, 'lessonPlans').get(id)) return id;
  const plan: NewRecord<'lessonPlans'> = {
    sessionId: input.sessionId,
    subjectId: input.subjectId,
    grades: [...input.grades],
    classSetId: input.classSetId,
    authorId: input.authorId,
    topic: input.topic,
    objectives: input.objectiveCodes.map((code) => ({ code })),
    expectedResults: [],
    successCriteria: [],
    stages: templateStages(input.template, input.lessonMinutes, input.stageNames),
    formativeTasks: [],
    lessonMinutes: input.lessonMinutes,
    step: PlanningStep.goal,
  };
  return createRecord(db, author, 'lessonPlans', plan, { id });
}

/** Stores the fields of the plan that differ from what is stored (the others keep their stamps). */
export function saveLessonPlan(db: SandyqDb, author: Author, planId: string, patch: RecordPatch<'lessonPlans'>): Promise<string[]> {
  return updateRecord(db, author, 'lessonPlans', planId, patch);
}
