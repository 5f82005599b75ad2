/**
 * When a person is removed from a laptop whose data database other people still use (staff
 * of the same school), their unsent changes and their refused-change notes go with them:
 * one transaction over the outbox and `$rejections`. The caller has warned them first.
 * The rows those changes touched keep the local values until the server's next change to
 * them arrives; nothing else on the laptop refers to the removed person.
 */
import type { SandyqDb } from '../db';
import { guardStorage } from '../guardStorage';

export function discardUserChanges(db: SandyqDb, userId: string): Promise<void> {
  return guardStorage(db, () =>
    db.transaction('rw', db.$outbox, db.$rejections, async () => {
      await db.$outbox.where('userId').equals(userId).delete();
      await db.$rejections.where('userId').equals(userId).delete();
    }),
  );
}
