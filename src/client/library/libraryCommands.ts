/**
 * What staff change in the school's resource library: a resource added (a link to a
 * national platform, or a file uploaded from this laptop), its description corrected, or
 * removed. Each a write to this laptop that syncs later; the entity's rules refuse a link
 * without an address or a file without its hash.
 */
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import type { NewRecord, RecordPatch } from '../db/recordRow';
import { validateNewRecord } from '../db/validateRecord';
import { createRecord, deleteRecord, updateRecord } from '../db/writeRecord';
import { useCommands } from '../workspace/useCommands';

export type NewResource = NewRecord<'resources'>;

export const libraryCommands = {
  /** Reads only: throws what `addResource` would refuse, so a file is queued only for a valid resource. */
  checkResource: (_db: SandyqDb, _author: Author, resource: NewResource) => void validateNewRecord('resources', resource as Record<string, unknown>),
  addResource: (db: SandyqDb, author: Author, resource: NewResource) => createRecord(db, author, 'resources', resource),
  updateResource: (db: SandyqDb, author: Author, resourceId: string, patch: RecordPatch<'resources'>) =>
    updateRecord(db, author, 'resources', resourceId, patch),
  removeResource: (db: SandyqDb, author: Author, resourceId: string) => deleteRecord(db, author, 'resources', resourceId),
};

export const useLibraryCommands = () => useCommands(libraryCommands);
