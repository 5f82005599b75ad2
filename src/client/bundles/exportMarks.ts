/**
 * "Exported on <date>, waiting for delivery": the changes of a user that went into an
 * outbox bundle and that no sync has acknowledged yet. Once the bundle is imported the
 * server holds them; the laptop learns it on its next sync, which acknowledges them (the
 * server answers a replayed seq as decided, S6) and removes them; the mark then goes too.
 */
import type { SandyqDb } from '../db/db';
import type { BundlesDb } from '../db/bundles/bundlesDb';

export interface ExportedWaiting {
  /** When the latest bundle holding some of these changes was written (device ms). */
  exportedAt: number;
  /** Changes exported and still waiting for a sync to acknowledge them. */
  waiting: number;
}

export async function readExportedWaiting(marks: BundlesDb, db: SandyqDb, userId: string): Promise<ExportedWaiting | undefined> {
  const mine = await marks.exports.where('[dbName+userId]').equals([db.name, userId]).toArray();
  if (mine.length === 0) return undefined;
  const upToSeq = Math.max(...mine.map((m) => m.upToSeq));
  const waiting = await db.$outbox
    .where('userId')
    .equals(userId)
    .and((e) => e.seq !== undefined && e.seq <= upToSeq)
    .count();
  if (waiting === 0) {
    // Every exported change was acknowledged: delivered; forget the marks.
    await marks.exports.bulkDelete(mine.map((m) => m.id!));
    return undefined;
  }
  return { exportedAt: Math.max(...mine.map((m) => m.exportedAt)), waiting };
}
