/**
 * What the short-term plan (ҚМЖ) editor shows: the plan, its open conflicts (a field two
 * teachers changed offline: the other version, to restore), the resources its stages use,
 * and the class set's and subject's names for the heading and the printed form.
 */
import type { LocalizedText } from '@/domain/language';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { readOpenConflicts } from '../db/queries/readOpenConflicts';
import type { RowOf } from '../db/recordRow';

export type LessonPlanRow = RowOf<'lessonPlans'>;
export type PlanConflict = RowOf<'conflicts'>;
export type ResourceRow = RowOf<'resources'>;

export interface LessonPlanEditorData {
  readonly plan: LessonPlanRow;
  readonly conflicts: readonly PlanConflict[];
  readonly resources: ReadonlyMap<string, ResourceRow>;
  readonly classSetName?: string | undefined;
  readonly subjectNames?: LocalizedText | undefined;
  readonly authorName?: string | undefined;
}

export async function readLessonPlanEditor(db: SandyqDb, planId: string): Promise<LessonPlanEditorData | null> {
  const plan = await liveRows(db, 'lessonPlans').get(planId);
  if (!plan) return null;
  const resourceIds = plan.stages.flatMap((s) => s.resourceIds);
  const [conflicts, resources, classSet, subject, author] = await Promise.all([
    readOpenConflicts(db, 'lessonPlans', [planId]),
    liveRows(db, 'resources').bulkGet(resourceIds),
    plan.classSetId ? liveRows(db, 'classSets').get(plan.classSetId) : undefined,
    liveRows(db, 'subjects').get(plan.subjectId),
    liveRows(db, 'staff').get(plan.authorId),
  ]);
  return {
    plan,
    conflicts,
    resources: new Map(resources.map((r) => [r.id, r])),
    classSetName: classSet?.name,
    subjectNames: subject?.names,
    authorName: author && [author.surname, author.name].filter(Boolean).join(' '),
  };
}
