/** The words of the ҚМЖ's closed sets, as i18n keys of the `lessons` namespace. */
import type { LessonPart, PlanningStep, StageLead } from '@/domain/entities/lessonPlan';
import type { PlanFormField } from './lessonPlanForm';

export const PLANNING_STEP_LABEL_KEYS = {
  goal: 'lessons:goalStepLabel',
  resources: 'lessons:resourcesStepLabel',
  stages: 'lessons:stagesStepLabel',
  materials: 'lessons:materialsStepLabel',
  conducted: 'lessons:conductedStepLabel',
  reflected: 'lessons:reflectedStepLabel',
} as const satisfies Record<PlanningStep, string>;

export const STAGE_LEAD_LABEL_KEYS = {
  teacher: 'lessons:teacherLeadLabel',
  assistant: 'lessons:assistantLeadLabel',
} as const satisfies Record<StageLead, string>;

export const LESSON_PART_LABEL_KEYS = {
  start: 'lessons:startPartLabel',
  middle: 'lessons:middlePartLabel',
  end: 'lessons:endPartLabel',
} as const satisfies Record<LessonPart, string>;

/** A plan's stored fields by their labels, for refusals and conflicts. */
export const PLAN_FIELD_LABEL_KEYS = {
  topic: 'lessons:topicFieldLabel',
  objectives: 'lessons:objectivesFieldLabel',
  expectedResults: 'lessons:expectedResultsFieldLabel',
  successCriteria: 'lessons:successCriteriaFieldLabel',
  lessonMinutes: 'lessons:lessonMinutesFieldLabel',
  stages: 'lessons:stagesTitle',
  formativeTasks: 'lessons:formativeTasksTitle',
  differentiation: 'lessons:differentiationFieldLabel',
  reflection: 'lessons:reflectionFieldLabel',
  improvements: 'lessons:improvementsFieldLabel',
  step: 'lessons:stepsTitle',
} as const satisfies Record<PlanFormField, string>;
