/**
 * The short-term plan as its form holds it while a teacher types: free text where the plan
 * stores lists (one expected result per line, objective codes separated by commas), numbers
 * as typed. `planToForm` and `formFieldPatch` convert each way one field at a time, so a
 * save writes only the fields the teacher changed and the others keep their stamps: two
 * teachers editing different parts of one plan never conflict.
 */
import type { LessonPlanRow } from '@/client/lessons/readLessonPlanEditor';
import type { LessonPart, PlanningStep, StageLead } from '@/domain/entities/lessonPlan';

export interface StageForm {
  readonly name: string;
  readonly part?: LessonPart | undefined;
  readonly lead?: StageLead | undefined;
  readonly minutes: string;
  readonly teacherActivity: string;
  readonly pupilActivity: string;
  readonly assessment: string;
  readonly resourceIds: readonly string[];
}

export interface DescriptorForm {
  readonly text: string;
  readonly points: string;
}

export interface TaskForm {
  readonly text: string;
  readonly criterion: string;
  readonly descriptors: readonly DescriptorForm[];
}

export interface LessonPlanForm {
  readonly topic: string;
  readonly objectives: string;
  readonly expectedResults: string;
  readonly successCriteria: string;
  readonly lessonMinutes: string;
  readonly stages: readonly StageForm[];
  readonly formativeTasks: readonly TaskForm[];
  readonly differentiation: string;
  readonly reflection: string;
  readonly improvements: string;
  readonly step: PlanningStep;
}
export type PlanFormField = keyof LessonPlanForm;
export const PLAN_FORM_FIELDS: readonly PlanFormField[] = [
  'topic',
  'objectives',
  'expectedResults',
  'successCriteria',
  'lessonMinutes',
  'stages',
  'formativeTasks',
  'differentiation',
  'reflection',
  'improvements',
  'step',
];

const lines = (items: readonly string[]): string => items.join('\n');
const fromLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const numberText = (n: number | undefined): string => (n === undefined ? '' : String(n));
/** A typed number: '' stays absent, '2,5' is 2.5 as Kazakh and Russian write it, other text fails validation. */
const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

export function planToForm(plan: LessonPlanRow): LessonPlanForm {
  return {
    topic: plan.topic,
    objectives: plan.objectives.map((o) => o.code).join(', '),
    expectedResults: lines(plan.expectedResults),
    successCriteria: lines(plan.successCriteria),
    lessonMinutes: numberText(plan.lessonMinutes),
    stages: plan.stages.map((s) => ({
      name: s.name,
      part: s.part,
      lead: s.lead,
      minutes: String(s.minutes),
      teacherActivity: s.teacherActivity ?? '',
      pupilActivity: s.pupilActivity ?? '',
      assessment: s.assessment ?? '',
      resourceIds: s.resourceIds,
    })),
    formativeTasks: plan.formativeTasks.map((task) => ({
      text: task.text,
      criterion: task.criterion ?? '',
      descriptors: task.descriptors.map((d) => ({ text: d.text, points: String(d.points) })),
    })),
    differentiation: plan.differentiation ?? '',
    reflection: plan.reflection ?? '',
    improvements: plan.improvements ?? '',
    step: plan.step,
  };
}

const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** The plan's stored value of one form field (`null` clears an optional one). */
export function formFieldPatch(field: PlanFormField, form: LessonPlanForm, plan: LessonPlanRow): Record<string, unknown> {
  switch (field) {
    case 'topic':
      return { topic: form.topic };
    case 'objectives': {
      const known = new Map(plan.objectives.map((o) => [o.code, o]));
      const codes = [...new Set(form.objectives.split(/[\s,;]+/).filter(Boolean))];
      return { objectives: codes.map((code) => known.get(code) ?? { code }) };
    }
    case 'expectedResults':
      return { expectedResults: fromLines(form.expectedResults) };
    case 'successCriteria':
      return { successCriteria: fromLines(form.successCriteria) };
    case 'lessonMinutes':
      return { lessonMinutes: typedNumber(form.lessonMinutes) ?? null };
    case 'stages':
      return {
        stages: form.stages.map((s) => ({
          name: s.name,
          ...(s.part ? { part: s.part } : {}),
          ...(s.lead ? { lead: s.lead } : {}),
          minutes: typedNumber(s.minutes),
          ...(optionalText(s.teacherActivity) !== undefined ? { teacherActivity: s.teacherActivity } : {}),
          ...(optionalText(s.pupilActivity) !== undefined ? { pupilActivity: s.pupilActivity } : {}),
          ...(optionalText(s.assessment) !== undefined ? { assessment: s.assessment } : {}),
          resourceIds: [...s.resourceIds],
        })),
      };
    case 'formativeTasks':
      return {
        formativeTasks: form.formativeTasks.map((task) => ({
          text: task.text,
          ...(optionalText(task.criterion) !== undefined ? { criterion: task.criterion } : {}),
          descriptors: task.descriptors.map((d) => ({ text: d.text, points: typedNumber(d.points) })),
        })),
      };
    case 'differentiation':
    case 'reflection':
    case 'improvements':
      return { [field]: optionalText(form[field]) ?? null };
    case 'step':
      return { step: form.step };
  }
}

/** Stage minutes as typed, for the live total (a field being typed counts as 0). */
export function typedMinutes(stages: readonly StageForm[]): Array<{ minutes: number }> {
  return stages.map((s) => ({ minutes: typedNumber(s.minutes) ?? 0 }));
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
