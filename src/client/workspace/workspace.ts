/**
 * A signed-in person's workspace on this laptop: their data database (one per data scope:
 * staff share one, each pupil has their own, `dataDbName.ts`) and the author every write of
 * theirs records (rule S1). Feature commands are bound to one; a screen never builds either.
 */
import type { TableName } from '@/domain/tables';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { getDb } from '../db/openSandyqDb';
import { writeTogether } from '../db/queries/setupTransaction';
import type { SignedInUser } from '../stores/sessionStore';

export interface Workspace {
  readonly user: SignedInUser;
  readonly db: SandyqDb;
  readonly author: Author;
  /**
   * Runs several writes as one IndexedDB transaction over `tables`: all are stored or, if
   * any is refused or the disk fails, none (one commit for "all present", a pupil's move).
   */
  together<R>(tables: readonly TableName[], body: () => Promise<R>): Promise<R>;
}

export function openWorkspace(user: SignedInUser): Workspace {
  const db = getDb(user.dbName);
  return {
    user,
    db,
    author: { userId: user.id, schoolId: user.schoolId },
    together: (tables, body) => writeTogether(db, tables, body),
  };
}
