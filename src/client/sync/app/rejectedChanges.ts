/**
 * The changes the server refused (rule S3) as their author reads them: only their own,
 * newest first, until they say they have read them. Kept in the device database's
 * `$rejections`, written by the sync client (`dexieSyncStore.acknowledge`).
 */
import type { SandyqDb } from '@/client/db/db';
import { guardStorage } from '@/client/db/guardStorage';
import type { RejectedChange } from '@/client/db/rejectedChange';

export async function unreadRejections(db: SandyqDb, userId: string): Promise<RejectedChange[]> {
  const rows = await db.$rejections.where('userId').equals(userId).toArray();
  return rows.filter((r) => r.seenAt === undefined).sort((a, b) => b.rejectedAt - a.rejectedAt);
}

export function markRejectionsRead(db: SandyqDb, userId: string, now: number): Promise<void> {
  return guardStorage(db, () =>
    db.transaction('rw', db.$rejections, async () => {
      await db.$rejections
        .where('userId')
        .equals(userId)
        .filter((r) => r.seenAt === undefined)
        .modify({ seenAt: now });
    }),
  );
}
