/**
 * A Digital teacher group's tasks, set with the Assessments screen's own command
 * (`assignToGroup`): a pupil reads only their class set's assignments, so giving to the group
 * writes one assignment per class set narrowed to the group's pupils. The group's tasks are
 * read back as those narrowed assignments whose pupils are all in the group, one line per
 * giving (the rows of one giving share the assessment and the times).
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';

export interface AssessmentChoice {
  readonly id: string;
  readonly title: string;
}

export interface GroupTask {
  readonly assessmentId: string;
  readonly title: string;
  readonly opensAt: number;
  readonly dueAt: number | undefined;
  readonly pupilCount: number;
}

export interface GroupAssignments {
  /** The school's assessments of the group's subject and grade, by title. */
  readonly choices: readonly AssessmentChoice[];
  /** Newest first. */
  readonly tasks: readonly GroupTask[];
}

export async function readGroupAssignments(db: SandyqDb, schoolId: string, groupId: string): Promise<GroupAssignments> {
  const group = await liveRows(db, 'groups').get(groupId);
  if (!group) return { choices: [], tasks: [] };
  const [assessments, assignments] = await Promise.all([
    liveRows(db, 'assessments').where('schoolId', schoolId),
    liveRows(db, 'assignments').where('schoolId', schoolId),
  ]);
  const members = new Set<string>(group.pupilIds);
  const titleOf = new Map(assessments.map((a) => [a.id as string, a.title]));
  const tasks = new Map<string, GroupTask>();
  for (const a of assignments) {
    const pupilIds = a.pupilIds ?? [];
    if (!a.assessmentId || pupilIds.length === 0 || !pupilIds.every((id) => members.has(id))) continue;
    const key = `${a.assessmentId} ${a.opensAt} ${a.dueAt ?? ''}`;
    const seen = tasks.get(key);
    tasks.set(key, {
      assessmentId: a.assessmentId,
      title: titleOf.get(a.assessmentId) ?? '',
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      pupilCount: (seen?.pupilCount ?? 0) + pupilIds.length,
    });
  }
  return {
    choices: assessments
      .filter((a) => a.subjectId === group.subjectId && a.grades.includes(group.grade))
      .map((a) => ({ id: a.id as string, title: a.title }))
      .sort((a, b) => a.title.localeCompare(b.title, 'kk')),
    tasks: [...tasks.values()].sort((a, b) => b.opensAt - a.opensAt),
  };
}
