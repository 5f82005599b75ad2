/**
 * An assessment's item analysis on a staff laptop: every scored attempt's item scores and
 * choices (`analyseItems`), with each item's question and options, in the order items first
 * appear, so the teacher sees which items are too easy, too hard, or do not tell stronger
 * pupils from weaker ones.
 */
import { analyseItems, type ItemFigures } from '@/domain/reports/itemAnalysis';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export interface AnalysedItem extends ItemFigures {
  readonly item?: RowOf<'items'> | undefined;
}

export async function readItemAnalysis(db: SandyqDb, assessmentId: string): Promise<{ attempts: number; items: AnalysedItem[] }> {
  const attempts = await liveRows(db, 'attempts').where('assessmentId', assessmentId);
  const results = await liveRows(db, 'attemptResults').where('assessmentId', assessmentId);
  const resultOf = new Map(results.map((r) => [r.attemptId as string, r]));
  const scored = attempts.flatMap((a) => {
    const r = resultOf.get(a.id);
    if (r?.itemScores === undefined) return [];
    return [{ total: (r.autoPoints ?? 0) + (r.rubricPoints ?? 0), itemScores: r.itemScores, responses: a.responses ?? [] }];
  });
  const itemIds = [...new Set(scored.flatMap((a) => a.itemScores.map((s) => s.itemId as string)))];
  const rows = await db.rows('items').bulkGet(itemIds);
  return {
    attempts: scored.length,
    items: analyseItems(scored, itemIds).map((f, i) => ({ ...f, item: rows[i] })),
  };
}
