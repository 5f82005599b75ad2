/**
 * An assignment: an assessment, a resource, or a lesson (the pupil-facing part of a lesson
 * plan: its topic, what pupils do, its resources) given to a class set or a group,
 * optionally narrowed to some of its pupils, open from `opensAt` and due by `dueAt`.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, idRef, idRefs, instantSchema, oneOf, text } from './fields';
import { audienceFields, hasOneAudience } from './lessonMode';

export const ASSIGNMENT_SCHEMA_VERSION = 1;

/** Which of a pupil's attempts counts: the best score, the last submitted, or the first. */
export const AttemptCounting = { best: 'best', last: 'last', first: 'first' } as const;
export type AttemptCounting = (typeof AttemptCounting)[keyof typeof AttemptCounting];

export const assignmentSchema = z
  .object({
    assessmentId: idRef<'Assessment'>().optional(),
    resourceId: idRef<'Resource'>().optional(),
    /** A lesson given to study on one's own; the plan stays staff-only, its pupil-facing part is copied here. */
    lessonPlanId: idRef<'LessonPlan'>().optional(),
    /** A lesson's resources. */
    resourceIds: idRefs<'Resource'>(50).optional(),
    ...audienceFields,
    /** Only these pupils of the class set or group; absent means all of them. */
    pupilIds: idRefs<'Pupil'>(40).optional(),
    assignedById: idRef<'Staff'>(),
    title: text(TextLimit.title).optional(),
    instructions: text(TextLimit.paragraph).optional(),
    opensAt: instantSchema,
    dueAt: instantSchema.optional(),
    /** Attempts a pupil may make; absent means unlimited (self-check practice). */
    maxAttempts: z.number().int(V.notInteger).min(1, V.outOfRange).max(100, V.outOfRange).optional(),
    /** Minutes from the start of an attempt; the pupil's work is submitted as it stands when they run out. */
    timeLimitMinutes: z.number().int(V.notInteger).min(1, V.outOfRange).max(240, V.outOfRange).optional(),
    /** Absent means `best`. */
    counting: oneOf(AttemptCounting).optional(),
  })
  .superRefine((a, ctx) => {
    if ([a.assessmentId, a.resourceId, a.lessonPlanId].filter((x) => x !== undefined).length !== 1)
      ctx.addIssue({ code: 'custom', path: ['assessmentId'], message: V.exactlyOne });
    if (!hasOneAudience(a)) ctx.addIssue({ code: 'custom', path: ['classSetId'], message: V.exactlyOne });
    if (a.pupilIds !== undefined && a.pupilIds.length === 0) ctx.addIssue({ code: 'custom', path: ['pupilIds'], message: V.emptyList });
    if (a.dueAt !== undefined && a.dueAt < a.opensAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: V.dateOrder });
  });
export type Assignment = z.infer<typeof assignmentSchema>;

/** Whether the assignment is for `pupilId` of a class set or group the pupil belongs to. */
export function isAssignedTo(assignment: Pick<Assignment, 'pupilIds'>, pupilId: string): boolean {
  return assignment.pupilIds === undefined || (assignment.pupilIds as readonly string[]).includes(pupilId);
}
