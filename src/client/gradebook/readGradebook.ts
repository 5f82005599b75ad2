/**
 * A class set's gradebook for one subject and quarter, as the Gradebook screen reads it:
 * the rows it needs read by index (`loadClassSetSources`), the columns, cells and term marks
 * computed by `buildGradebook` (the same function the school's achievement report runs over
 * every class set), and the class mastery of the quarter's topics and learning objectives
 * from the items of the pupils' scored attempts.
 */
import { classMastery, type ClassMastery } from '@/domain/reports/classMastery';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { buildGradebook, type GradebookGrid, type GradebookQuery } from '@/domain/gradebook/buildGradebook';
import { indexGradebookSources } from '@/domain/gradebook/gradebookSources';
import { loadClassSetSources } from './loadClassSetSources';

export type { GradebookCell } from '@/domain/gradebook/gradebookCells';
export type { GradebookColumn, GradebookQuery, GradebookRow } from '@/domain/gradebook/buildGradebook';

export interface Gradebook extends GradebookGrid {
  /** Mastery of the quarter's topics by the class set's pupils who end the quarter here, from the items of their scored attempts. */
  readonly mastery: ClassMastery;
  readonly topics: ReadonlyMap<string, RowOf<'topics'>>;
  /** The same by learning objective (items that name one); `topicId` of its entries is the objective's id. */
  readonly objectiveMastery: ClassMastery;
  readonly objectives: ReadonlyMap<string, RowOf<'learningObjectives'>>;
}

export async function readGradebook(db: SandyqDb, query: GradebookQuery): Promise<Gradebook | null> {
  const sources = await loadClassSetSources(db, query.classSetId, query.subjectId);
  if (!sources) return null;
  const index = indexGradebookSources(sources);
  const grid = buildGradebook(index, query);
  if (!grid) return null;

  const current = new Set(grid.rows.filter((r) => !r.leftOn).map((r) => r.pupil.id as string));
  const columns = new Set(grid.columns.map((c) => c.assessment.id as string));
  const itemScores = sources.attempts.flatMap((a) =>
    current.has(a.pupilId) && a.assignmentId !== undefined && columns.has(index.assignmentById.get(a.assignmentId)?.assessmentId ?? '')
      ? (index.resultOf.get(a.id)?.itemScores ?? []).map((s) => ({ pupilId: a.pupilId as string, ...s }))
      : [],
  );
  const items = await db.rows('items').bulkGet([...new Set(itemScores.map((s) => s.itemId as string))]);
  // The same heat map by topic or by learning objective: classMastery groups by whatever key it is given.
  const masteryBy = (keyOf: ReadonlyMap<string, string>) =>
    classMastery(
      itemScores.flatMap((s) =>
        keyOf.has(s.itemId) ? [{ pupilId: s.pupilId, topicId: keyOf.get(s.itemId)!, points: s.points, maxPoints: s.maxPoints }] : [],
      ),
    );
  const mastery = masteryBy(new Map(items.flatMap((i) => (i ? [[i.id, i.topicId as string] as const] : []))));
  const objectiveMastery = masteryBy(new Map(items.flatMap((i) => (i?.objectiveId ? [[i.id, i.objectiveId as string] as const] : []))));
  const [topics, objectives] = await Promise.all([
    liveRows(db, 'topics').bulkGet(mastery.topics.map((t) => t.topicId)),
    liveRows(db, 'learningObjectives').bulkGet(objectiveMastery.topics.map((t) => t.topicId)),
  ]);
  return {
    ...grid,
    mastery,
    topics: new Map(topics.map((t) => [t.id, t])),
    objectiveMastery,
    objectives: new Map(objectives.map((o) => [o.id, o])),
  };
}
