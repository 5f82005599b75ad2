/** The signed-in person's changes exported to a file and not yet delivered, live. */
import { useLiveRead } from '../workspace/useLiveRead';
import { getBundlesDb } from '../db/bundles/bundlesDb';
import { readExportedWaiting, type ExportedWaiting } from './exportMarks';

/** `exports`: bumped by the screen after writing a file (the marks live outside the data database). */
export function useExportedWaiting(userId: string, exports: number): ExportedWaiting | undefined | null {
  const value = useLiveRead(async (db) => (await readExportedWaiting(getBundlesDb(), db, userId)) ?? null, [userId, exports]);
  return value;
}
