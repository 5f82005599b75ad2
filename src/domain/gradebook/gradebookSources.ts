/**
 * The rows every gradebook is computed from, indexed once: read for one class set by
 * `readGradebook` (`loadClassSetSources`), or for the whole school by the achievement
 * report, which computes hundreds of gradebooks from one read of each table. Either way the
 * figures come from the same pure functions (`buildGradebook`), so the gradebook, the
 * school's report and the parent's report can never disagree on a mark.
 */
import type { SyncedRowOf as RowOf } from '../entities';
import { groupBy } from './groupBy';

export interface GradebookSources {
  readonly years: readonly RowOf<'academicYears'>[];
  readonly classSets: readonly RowOf<'classSets'>[];
  /** The pupils of the class sets asked for, and every pupil enrolled in them. */
  readonly pupils: readonly RowOf<'pupils'>[];
  /** Every enrolment of those pupils (their other class sets too: a pupil's earlier work follows them). */
  readonly enrolments: readonly RowOf<'enrolments'>[];
  /** Assignments given to those class sets and those of the pupils' attempts. */
  readonly assignments: readonly RowOf<'assignments'>[];
  readonly assessments: readonly RowOf<'assessments'>[];
  /** Typed marks of those pupils. */
  readonly marks: readonly RowOf<'marks'>[];
  readonly attempts: readonly RowOf<'attempts'>[];
  readonly attemptResults: readonly RowOf<'attemptResults'>[];
  readonly policies: readonly RowOf<'gradingPolicies'>[];
  /** Open conflicts (a typed score another laptop changed at the same time). */
  readonly conflicts: readonly RowOf<'conflicts'>[];
}

export interface Given {
  readonly assignment: RowOf<'assignments'>;
  readonly assessment: RowOf<'assessments'>;
}

export interface GradebookIndex {
  readonly sources: GradebookSources;
  readonly yearById: ReadonlyMap<string, RowOf<'academicYears'>>;
  readonly classSetById: ReadonlyMap<string, RowOf<'classSets'>>;
  readonly pupilById: ReadonlyMap<string, RowOf<'pupils'>>;
  readonly pupilsOf: ReadonlyMap<string, RowOf<'pupils'>[]>;
  readonly enrolmentsOf: ReadonlyMap<string, RowOf<'enrolments'>[]>;
  readonly enrolmentsOfPupil: ReadonlyMap<string, RowOf<'enrolments'>[]>;
  readonly assessmentById: ReadonlyMap<string, RowOf<'assessments'>>;
  readonly assignmentById: ReadonlyMap<string, RowOf<'assignments'>>;
  /** Assessments given to a class set, by class set. */
  readonly givenOf: ReadonlyMap<string, Given[]>;
  /** A typed score by class set, pupil and assessment (`typedKey`). */
  readonly typedOf: ReadonlyMap<string, RowOf<'marks'>>;
  readonly typedOfPupil: ReadonlyMap<string, RowOf<'marks'>[]>;
  /** Attempts by assignment and pupil (`attemptKey`). */
  readonly attemptsOf: ReadonlyMap<string, RowOf<'attempts'>[]>;
  readonly attemptsOfPupil: ReadonlyMap<string, RowOf<'attempts'>[]>;
  readonly resultOf: ReadonlyMap<string, RowOf<'attemptResults'>>;
  readonly conflictsOfMark: ReadonlyMap<string, RowOf<'conflicts'>[]>;
}

const key = (...parts: string[]) => parts.join('\u0000');
export const typedKey = (classSetId: string, pupilId: string, assessmentId: string) => key(classSetId, pupilId, assessmentId);
export const attemptKey = (assignmentId: string, pupilId: string) => key(assignmentId, pupilId);

export function indexGradebookSources(sources: GradebookSources): GradebookIndex {
  const assessmentById = new Map(sources.assessments.map((a) => [a.id as string, a]));
  const typed = sources.marks.filter((m) => m.assessmentId !== undefined);
  return {
    sources,
    yearById: new Map(sources.years.map((y) => [y.id as string, y])),
    classSetById: new Map(sources.classSets.map((c) => [c.id as string, c])),
    pupilById: new Map(sources.pupils.map((p) => [p.id as string, p])),
    pupilsOf: groupBy(sources.pupils, (p) => p.classSetId),
    enrolmentsOf: groupBy(sources.enrolments, (e) => e.classSetId),
    enrolmentsOfPupil: groupBy(sources.enrolments, (e) => e.pupilId),
    assessmentById,
    assignmentById: new Map(sources.assignments.map((a) => [a.id as string, a])),
    givenOf: groupBy(
      sources.assignments.flatMap((assignment) => {
        const assessment = assessmentById.get(assignment.assessmentId ?? '');
        return assessment && assignment.classSetId ? [{ assignment, assessment }] : [];
      }),
      (g) => g.assignment.classSetId!,
    ),
    typedOf: new Map(typed.map((m) => [typedKey(m.classSetId, m.pupilId, m.assessmentId!), m])),
    typedOfPupil: groupBy(typed, (m) => m.pupilId),
    attemptsOf: groupBy(sources.attempts, (a) => attemptKey(a.assignmentId ?? '', a.pupilId)),
    attemptsOfPupil: groupBy(sources.attempts, (a) => a.pupilId),
    resultOf: new Map(sources.attemptResults.map((r) => [r.attemptId as string, r])),
    conflictsOfMark: groupBy(
      sources.conflicts.filter((c) => c.table === 'marks' && c.field === 'score' && c.status === 'open'),
      (c) => c.rowId,
    ),
  };
}
