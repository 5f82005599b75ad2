/**
 * The stages a new short-term plan (ҚМЖ) starts from. A remote lesson (taught from a hub
 * school or streamed) follows the template of the source documents: the local assistant
 * opens the lesson (about 5 minutes), the online teacher leads the main stage (about 30),
 * the assistant consolidates (about 10). A lesson taught in the room has the same three
 * parts, all led by the teacher. The main stage takes what a shorter lesson lacks.
 */
import { LessonPart, StageLead, type LessonStage } from '../entities/lessonPlan';

export const LessonTemplate = { inRoom: 'inRoom', remote: 'remote' } as const;
export type LessonTemplate = (typeof LessonTemplate)[keyof typeof LessonTemplate];

/** Minutes of the opening and the consolidation; the main stage has the rest. */
export const OPENING_MINUTES = 5;
export const CONSOLIDATION_MINUTES = 10;

/** Stage names in the teacher's language (the plan stores them as written). */
export interface StageNames {
  readonly opening: string;
  readonly main: string;
  readonly consolidation: string;
}

export function templateStages(template: LessonTemplate, lessonMinutes: number, names: StageNames): LessonStage[] {
  const isRemote = template === LessonTemplate.remote;
  const edge = isRemote ? StageLead.assistant : StageLead.teacher;
  const main = Math.max(1, lessonMinutes - OPENING_MINUTES - CONSOLIDATION_MINUTES);
  return [
    { name: names.opening, part: LessonPart.start, minutes: OPENING_MINUTES, lead: edge, resourceIds: [] },
    { name: names.main, part: LessonPart.middle, minutes: main, lead: StageLead.teacher, resourceIds: [] },
    { name: names.consolidation, part: LessonPart.end, minutes: CONSOLIDATION_MINUTES, lead: edge, resourceIds: [] },
  ];
}

/** What the live total says against the lesson's length. */
export function minutesBalance(stages: readonly { minutes: number }[], lessonMinutes: number): { total: number; left: number } {
  const total = stages.reduce((sum, s) => sum + (Number.isFinite(s.minutes) ? s.minutes : 0), 0);
  return { total, left: lessonMinutes - total };
}
