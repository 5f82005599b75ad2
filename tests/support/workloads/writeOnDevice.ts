/**
 * Writes workload records on a device through the real write path: `createRecord` for
 * mutable tables and `appendRecord` for append-only ones, each validated and stored with
 * its outbox entry in one transaction, under the author who would have typed it.
 */
import { appendRecord } from '@/client/db/appendRecord';
import type { Author } from '@/client/db/author';
import type { SandyqDb } from '@/client/db/db';
import { createRecord } from '@/client/db/writeRecord';
import type { WorkloadAuthor, WorkloadRecord } from './schoolDay';

export interface DeviceAuthors {
  staff: Author;
  /** The author for a pupil's own records (their sign-in on the shared laptop). */
  pupil(pupilId: string): Author;
}

export function authorOf(authors: DeviceAuthors, author: WorkloadAuthor): Author {
  return author.kind === 'staff' ? authors.staff : authors.pupil(author.pupilId);
}

export async function writeOnDevice(db: SandyqDb, authors: DeviceAuthors, records: readonly WorkloadRecord[]): Promise<void> {
  for (const r of records) {
    const author = authorOf(authors, r.author);
    if (r.kind === 'append') await appendRecord(db, author, r.table, r.fields as never, { id: r.id });
    else await createRecord(db, author, r.table, r.fields as never, { id: r.id });
  }
}
