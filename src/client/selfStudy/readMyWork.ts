/**
 * What a pupil has to do, as their Self-study screen reads it on their own laptop: the
 * assignments given to their class set (or to them by name), open now or soon, by subject,
 * each with what is due and what is done: not started, in progress (a draft on this
 * laptop), submitted and waiting for the teacher, or done with its counted score.
 */
import { countedAttempt } from '@/domain/assessments/attemptCounting';
import { isAssignedTo } from '@/domain/entities/assignment';
import type { ResourceFile } from '@/domain/entities/resource';
import type { SandyqDb } from '../db/db';
import { readDraftsOf } from '../db/attemptDrafts';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { attemptTotal, type AttemptTotal } from '@/domain/gradebook/attemptTotal';

export const WorkStatus = { notOpen: 'notOpen', todo: 'todo', inProgress: 'inProgress', waiting: 'waiting', done: 'done' } as const;
export type WorkStatus = (typeof WorkStatus)[keyof typeof WorkStatus];

export interface MyWork {
  readonly assignment: RowOf<'assignments'>;
  readonly assessment?: RowOf<'assessments'> | undefined;
  readonly resource?: RowOf<'resources'> | undefined;
  /** A lesson's resources, in the plan's order. */
  readonly lessonResources: ReadonlyArray<RowOf<'resources'>>;
  readonly subjectId: string | undefined;
  readonly status: WorkStatus;
  readonly attemptsUsed: number;
  readonly draftId?: string | undefined;
  /** The attempt that counts, once one is scored. */
  readonly counted?: AttemptTotal | undefined;
  readonly overdue: boolean;
  /** The pictures and sounds the task's items use, to keep on the laptop before going offline. */
  readonly files: readonly ResourceFile[];
}

export async function readMyWork(db: SandyqDb, pupilId: string, now: number): Promise<MyWork[]> {
  const pupil = await liveRows(db, 'pupils').get(pupilId);
  if (!pupil?.classSetId) return [];
  const [assignments, attempts, results, drafts] = await Promise.all([
    liveRows(db, 'assignments').where('classSetId', pupil.classSetId),
    liveRows(db, 'attempts').where('pupilId', pupilId),
    liveRows(db, 'attemptResults').where('pupilId', pupilId),
    readDraftsOf(db, pupilId),
  ]);
  const mine = assignments.filter((a) => isAssignedTo(a, pupilId));
  const [assessments, resources] = await Promise.all([
    liveRows(db, 'assessments').bulkGet(mine.flatMap((a) => (a.assessmentId ? [a.assessmentId] : []))),
    liveRows(db, 'resources').bulkGet(mine.flatMap((a) => [...(a.resourceId ? [a.resourceId] : []), ...(a.resourceIds ?? [])])),
  ]);
  const resultOf = new Map(results.map((r) => [r.attemptId as string, r]));
  const filesOf = await itemFiles(db, assessments);
  return mine
    .map((assignment) => {
      const assessment = assessments.find((x) => x.id === assignment.assessmentId);
      const resource = resources.find((x) => x.id === assignment.resourceId);
      const lessonResources = (assignment.resourceIds ?? []).flatMap((id) => resources.filter((r) => r.id === id));
      const draft = drafts.find((d) => d.assignmentId === assignment.id);
      const own = attempts.filter((a) => a.assignmentId === assignment.id).map((a) => attemptTotal(a, resultOf.get(a.id), assessment));
      const counted = countedAttempt(own, assignment.counting);
      const status: WorkStatus =
        assignment.opensAt > now
          ? WorkStatus.notOpen
          : draft
            ? WorkStatus.inProgress
            : own.length === 0
              ? WorkStatus.todo
              : counted?.total !== undefined && !counted.awaitingMarking
                ? WorkStatus.done
                : WorkStatus.waiting;
      return {
        assignment,
        assessment,
        resource,
        lessonResources,
        subjectId: assessment?.subjectId ?? resource?.subjectId ?? lessonResources[0]?.subjectId,
        status,
        attemptsUsed: own.length + (draft ? 1 : 0),
        draftId: draft?.id,
        counted,
        overdue: assignment.dueAt !== undefined && assignment.dueAt < now && own.length === 0,
        files: [
          ...(assessment ? (filesOf.get(assessment.id) ?? []) : []),
          ...[resource, ...lessonResources].flatMap((r) => (r?.file ? [r.file] : [])),
        ],
      };
    })
    .sort((a, b) => (a.assignment.dueAt ?? Infinity) - (b.assignment.dueAt ?? Infinity) || a.assignment.opensAt - b.assignment.opensAt);
}

/** The files of the items each assessment may give: its listed items, or every current item of its topics. */
async function itemFiles(db: SandyqDb, assessments: ReadonlyArray<RowOf<'assessments'>>): Promise<Map<string, ResourceFile[]>> {
  const out = new Map<string, ResourceFile[]>();
  for (const a of assessments) {
    const items =
      a.selection.kind === 'fixed'
        ? await liveRows(db, 'items').bulkGet(a.selection.itemIds)
        : await liveRows(db, 'items').whereAnyOf('topicId', a.selection.topicIds);
    const resources = await liveRows(db, 'resources').bulkGet(
      items.flatMap((i) => (i.resourceId && i.supersededById === undefined ? [i.resourceId] : [])),
    );
    out.set(
      a.id,
      resources.flatMap((r) => (r.file ? [r.file] : [])),
    );
  }
  return out;
}
