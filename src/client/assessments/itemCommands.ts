/**
 * What teachers change in the item bank. An item is saved once and never edited in place
 * (the server refuses that too, `versionedRows.ts`): saving a change stores a new version,
 * marks the old one superseded, and moves every assessment that listed the old one to the
 * new, all in one transaction; pupils who got the old version are scored against it.
 * An import stores all its good items in one transaction, or none.
 */
import type { ItemDraft } from '@/domain/assessments/itemDraft';
import type { Id } from '@/domain/ids';
import type { Language } from '@/domain/language';
import type { TableName } from '@/domain/tables';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { writeTogether } from '../db/queries/setupTransaction';
import type { NewRecord } from '../db/recordRow';
import { RecordWriteError, RecordWriteErrorReason } from '../db/recordWriteError';
import { validateNewRecord } from '../db/validateRecord';
import { createRecord, deleteRecord, updateRecord } from '../db/writeRecord';
import { useCommands } from '../workspace/useCommands';
import { AssessmentError, AssessmentErrorReason } from './assessmentError';
import { CURRICULUM_TABLES, ensureTopic } from './curriculumWrites';

/** An item as the editor gives it: its section and topic in words. */
export type ItemInput = Omit<NewRecord<'items'>, 'topicId' | 'objectiveId' | 'versionOf' | 'version' | 'supersededById'> & {
  readonly section?: string | undefined;
  readonly topic: string;
  readonly objectiveCode?: string | undefined;
};

export interface ImportTarget {
  readonly subjectId: string;
  readonly grade: number;
  readonly language: Language;
}

const ITEM_TABLES: readonly TableName[] = ['items', 'assessments', ...CURRICULUM_TABLES];

async function storeItem(db: SandyqDb, author: Author, input: ItemInput, version?: { versionOf: string; version: number }): Promise<string> {
  const { section, topic, objectiveCode, ...fields } = input;
  if (!topic.trim()) throw new RecordWriteError(RecordWriteErrorReason.invalid, 'items', [{ path: 'topicId', code: 'required' }]);
  // Checked before any topic row is made: a refused item leaves nothing behind.
  validateNewRecord('items', { ...fields, topicId: 'pending' } as Record<string, unknown>);
  const refs = await ensureTopic(db, author, {
    subjectId: fields.subjectId,
    grade: fields.grade,
    language: fields.language,
    section,
    topic,
    objectiveCode,
  });
  return createRecord(db, author, 'items', {
    ...fields,
    topicId: refs.topicId,
    ...(refs.objectiveId ? { objectiveId: refs.objectiveId } : {}),
    ...(version ?? {}),
  } as NewRecord<'items'>);
}

export const itemCommands = {
  createItem: (db: SandyqDb, author: Author, input: ItemInput) => writeTogether(db, ITEM_TABLES, () => storeItem(db, author, input)),

  /** Saves a change to `itemId` as its next version; returns the new version's id. */
  saveItemVersion: (db: SandyqDb, author: Author, itemId: string, input: ItemInput) =>
    writeTogether(db, ITEM_TABLES, async () => {
      const previous = await liveRows(db, 'items').get(itemId);
      if (!previous) throw new RecordWriteError(RecordWriteErrorReason.notFound, 'items');
      if (previous.supersededById !== undefined)
        throw new RecordWriteError(RecordWriteErrorReason.invalid, 'items', [{ path: 'supersededById', code: 'notAllowed' }]);
      const listing = (await liveRows(db, 'assessments').where('schoolId', author.schoolId)).filter(
        (a) => a.selection.kind === 'fixed' && a.selection.itemIds.some((id) => id === itemId),
      );
      // The new version takes the old one's place in these assessments: a self-check key must not ride into a summative.
      if (input.selfCheck === true && listing.some((a) => a.kind !== 'formative'))
        throw new AssessmentError(AssessmentErrorReason.selfCheckInSummative);
      const next = await storeItem(db, author, input, { versionOf: previous.versionOf ?? previous.id, version: (previous.version ?? 1) + 1 });
      await updateRecord(db, author, 'items', itemId, { supersededById: next as Id<'Item'> });
      for (const a of listing) {
        if (a.selection.kind !== 'fixed') continue;
        const itemIds = a.selection.itemIds.map((id) => (id === itemId ? (next as Id<'Item'>) : id));
        await updateRecord(db, author, 'assessments', a.id, { selection: { kind: 'fixed', itemIds } });
      }
      return next;
    }),

  removeItem: (db: SandyqDb, author: Author, itemId: string) => deleteRecord(db, author, 'items', itemId),

  /** Stores the good items of a file in one transaction; returns their ids. */
  importItems: (db: SandyqDb, author: Author, drafts: readonly ItemDraft[], target: ImportTarget) =>
    writeTogether(db, ITEM_TABLES, async () => {
      const ids: string[] = [];
      for (const d of drafts) ids.push(await storeItem(db, author, { ...d, ...target, topic: d.topic ?? '' }));
      return ids;
    }),
};

export const useItemCommands = () => useCommands(itemCommands);
