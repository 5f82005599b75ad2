/**
 * The short-term lesson plan (қысқа мерзімді жоспар, ҚМЖ / КСП): objectives, expected
 * results, success criteria, stages with minutes and who does what, resources, formative
 * tasks with descriptors, differentiation and reflection. `step` records how far the
 * teacher has gone through the six-step planning method.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, gradesSchema, idRef, idRefs, oneOf, scoreSchema, text } from './fields';
import { objectiveCodeSchema } from './curriculum';

export const LESSON_PLAN_SCHEMA_VERSION = 1;

/** The six steps of planning a lesson with digital resources, in order. */
export const PlanningStep = {
  /** 1. Set the lesson's goal and objectives. */
  goal: 'goal',
  /** 2. Choose the digital resources. */
  resources: 'resources',
  /** 3. Plan the stages and their time. */
  stages: 'stages',
  /** 4. Prepare and check the materials (and download them for offline use). */
  materials: 'materials',
  /** 5. Conduct the lesson. */
  conducted: 'conducted',
  /** 6. Reflect and note what to improve. */
  reflected: 'reflected',
} as const;
export type PlanningStep = (typeof PlanningStep)[keyof typeof PlanningStep];
export const PLANNING_STEPS: readonly PlanningStep[] = Object.values(PlanningStep);

/** The part of the lesson a stage belongs to (сабақтың басы / ортасы / соңы). */
export const LessonPart = { start: 'start', middle: 'middle', end: 'end' } as const;
export type LessonPart = (typeof LessonPart)[keyof typeof LessonPart];

/**
 * Who runs a stage. In a remote lesson the local assistant runs the opening (about 5 min)
 * and the consolidation (about 10 min); the online teacher runs the main stage (about 30).
 */
export const StageLead = { teacher: 'teacher', assistant: 'assistant' } as const;
export type StageLead = (typeof StageLead)[keyof typeof StageLead];

const descriptorSchema = z.object({
  /** What the pupil does to earn the points. */
  text: text(TextLimit.line),
  points: scoreSchema,
});

const stageSchema = z.object({
  name: text(TextLimit.title),
  part: oneOf(LessonPart).optional(),
  minutes: z.number().int(V.notInteger).min(1, V.outOfRange).max(240, V.outOfRange),
  lead: oneOf(StageLead).optional(),
  teacherActivity: text(TextLimit.paragraph).optional(),
  pupilActivity: text(TextLimit.paragraph).optional(),
  /** How the stage's work is assessed (e.g. "peer check by the key"). */
  assessment: text(TextLimit.line).optional(),
  resourceIds: idRefs<'Resource'>(50),
});

const formativeTaskSchema = z.object({
  text: text(TextLimit.paragraph),
  /** The criterion the task checks. */
  criterion: text(TextLimit.line).optional(),
  descriptors: z.array(descriptorSchema).max(30, V.tooMany),
});

const objectiveRefSchema = z.object({
  /** The objective's code as in the curriculum, e.g. "5.1.2.1". */
  code: objectiveCodeSchema,
  objectiveId: idRef<'LearningObjective'>().optional(),
});

export const lessonPlanSchema = z
  .object({
    sessionId: idRef<'LessonSession'>().optional(),
    subjectId: idRef<'Subject'>(),
    /** Grades the lesson serves; several for a combined class. */
    grades: gradesSchema,
    classSetId: idRef<'ClassSet'>().optional(),
    authorId: idRef<'Staff'>(),
    topic: text(TextLimit.title),
    topicId: idRef<'Topic'>().optional(),
    objectives: z.array(objectiveRefSchema).max(20, V.tooMany),
    expectedResults: z.array(text(TextLimit.line)).max(20, V.tooMany),
    successCriteria: z.array(text(TextLimit.line)).max(20, V.tooMany),
    stages: z.array(stageSchema).max(20, V.tooMany),
    formativeTasks: z.array(formativeTaskSchema).max(30, V.tooMany),
    differentiation: text(TextLimit.paragraph).optional(),
    reflection: text(TextLimit.paragraph).optional(),
    /** What to change next time (step 6). */
    improvements: text(TextLimit.paragraph).optional(),
    /** Length of the lesson: 45 minutes, 40 in some grades. */
    lessonMinutes: z.number().int(V.notInteger).min(20, V.outOfRange).max(120, V.outOfRange).optional(),
    step: oneOf(PlanningStep),
  })
  .refine((p) => p.lessonMinutes === undefined || stageMinutes(p) <= p.lessonMinutes, {
    path: ['stages'],
    message: V.outOfRange,
  });
export type LessonPlan = z.infer<typeof lessonPlanSchema>;
export type LessonStage = LessonPlan['stages'][number];

/** Minutes of all stages together. */
export function stageMinutes(plan: { stages: readonly { minutes: number }[] }): number {
  return plan.stages.reduce((sum, s) => sum + s.minutes, 0);
}

/** Whether the plan has reached `step` (steps are done in order). */
export function hasReachedStep(plan: Pick<LessonPlan, 'step'>, step: PlanningStep): boolean {
  return PLANNING_STEPS.indexOf(plan.step) >= PLANNING_STEPS.indexOf(step);
}
