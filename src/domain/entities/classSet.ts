/**
 * A class set (сынып / класс-комплект): the pupils taught together in one room. In small
 * schools a set often combines grades (біріктірілген сынып), e.g. grades 5 and 6.
 */
import { z } from 'zod';
import { TextLimit, gradesSchema, idRef, instructionLanguageSchema, oneOf, text } from './fields';
import { renameField, type MigrationStep } from './migrationStep';

/**
 * WARNING: bump together with a new step in `classSetMigrations`; rows already synced
 * keep the version they were written in.
 */
export const CLASS_SET_SCHEMA_VERSION = 2;

export const ClassSetStatus = { active: 'active', archived: 'archived' } as const;
export type ClassSetStatus = (typeof ClassSetStatus)[keyof typeof ClassSetStatus];

export const classSetSchema = z.object({
  /** As the school names it, e.g. "5-6" or "7 Ә". */
  name: text(TextLimit.title),
  /** One grade, or several for a combined class; each 1-11, no repeats. */
  grades: gradesSchema,
  language: instructionLanguageSchema,
  academicYearId: idRef<'AcademicYear'>(),
  /** The class teacher (сынып жетекші / классный руководитель). */
  homeroomTeacherId: idRef<'Staff'>().optional(),
  status: oneOf(ClassSetStatus),
});
export type ClassSet = z.infer<typeof classSetSchema>;

/** Schema history of class sets, oldest first. */
export const classSetMigrations: readonly MigrationStep[] = [
  {
    toVersion: 2,
    // Version 1 held a single `grade`, which cannot describe a combined class (grades 5-6
    // taught together). The one grade becomes a one-element list; its clock moves with it.
    name: 'classSets/gradeToGrades',
    up: (row) => renameField(row, 'grade', 'grades', (grade) => [grade]),
  },
];
