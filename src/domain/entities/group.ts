/**
 * A group of pupils taught apart from their class set: above all the "Digital teacher"
 * programme (Цифрлық ұстаз), extra lessons for low-achieving pupils of grades 8-11 from
 * low-income families: 3-5 pupils of one grade per group, one subject, a digital teacher
 * and an assistant. Other groups (electives, a split of a combined class) use `other`.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, gradeSchema, idRef, idRefs, isoDateSchema, oneOf, text } from './fields';

export const GROUP_SCHEMA_VERSION = 1;

export const GroupKind = { digitalTeacher: 'digitalTeacher', other: 'other' } as const;
export type GroupKind = (typeof GroupKind)[keyof typeof GroupKind];

/**
 * The programme's rules. The schema enforces the maximum and the grades; a group is built
 * up a pupil at a time, so the minimum is a readiness check (`isDigitalTeacherGroupReady`).
 */
export const DIGITAL_TEACHER_GROUP = {
  minPupils: 3,
  maxPupils: 5,
  minGrade: 8,
  maxGrade: 11,
  /** Each pupil picks this many of the programme's subjects. */
  subjectsPerPupil: 2,
  lessonsPerSubjectPerWeek: 2,
  minLessonMinutes: 60,
} as const;

export const groupSchema = z
  .object({
    name: text(TextLimit.title),
    kind: oneOf(GroupKind),
    grade: gradeSchema,
    subjectId: idRef<'Subject'>().optional(),
    pupilIds: idRefs<'Pupil'>(40),
    teacherId: idRef<'Staff'>(),
    assistantId: idRef<'Staff'>().optional(),
    academicYearId: idRef<'AcademicYear'>().optional(),
    /**
     * Who approved a Digital teacher group (the deputy head: a head-role staff member) and on
     * which day. Optional and added without a version step: groups stored before validate as
     * they are, and are simply not approved yet.
     */
    approvedById: idRef<'Staff'>().optional(),
    approvedOn: isoDateSchema.optional(),
    /**
     * A Digital teacher group's weekly lessons (src/domain/digitalTeacher/groupSchedule.ts has the
     * programme's rules). Optional and added without a version step, as the approval above.
     */
    schedule: z
      .array(
        z.object({
          weekday: z.number().int(V.notInteger).min(1, V.outOfRange).max(7, V.outOfRange),
          startsAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, V.invalidFormat),
          minutes: z.number().int(V.notInteger).min(1, V.outOfRange).max(600, V.outOfRange),
        }),
      )
      .max(14, V.tooMany)
      .optional(),
  })
  .superRefine((g, ctx) => {
    if (g.kind !== GroupKind.digitalTeacher) return;
    const dt = DIGITAL_TEACHER_GROUP;
    if (g.grade < dt.minGrade || g.grade > dt.maxGrade) ctx.addIssue({ code: 'custom', path: ['grade'], message: V.gradeRange });
    if (g.pupilIds.length > dt.maxPupils) ctx.addIssue({ code: 'custom', path: ['pupilIds'], message: V.tooMany });
    if (g.subjectId === undefined) ctx.addIssue({ code: 'custom', path: ['subjectId'], message: V.dependentRequired });
  });
export type Group = z.infer<typeof groupSchema>;

/** Whether a Digital teacher group may start: enough pupils, a subject and an assistant. */
export function isDigitalTeacherGroupReady(group: Group): boolean {
  return (
    group.kind === GroupKind.digitalTeacher &&
    group.pupilIds.length >= DIGITAL_TEACHER_GROUP.minPupils &&
    group.pupilIds.length <= DIGITAL_TEACHER_GROUP.maxPupils &&
    group.subjectId !== undefined &&
    group.assistantId !== undefined
  );
}
