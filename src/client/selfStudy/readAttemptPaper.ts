/**
 * An attempt in progress as the pupil's test screen reads it: the items in the order drawn
 * (without keys, unless self-check), the answers given so far, the written tasks, where the
 * pupil was, and the time left by the wall clock.
 */
import type { SandyqDb } from '../db/db';
import { readDraft, type AttemptDraft } from '../db/attemptDrafts';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { offlineFileUrl } from '../files/keptFileCache';

/** A picture or sound of an item, from the library, kept on the laptop. */
export interface PaperMedia {
  readonly url: string;
  readonly mime: string;
  readonly title: string;
}

export interface AttemptPaper {
  readonly draft: AttemptDraft;
  readonly assessment: RowOf<'assessments'>;
  readonly items: ReadonlyArray<RowOf<'items'>>;
  /** By item id: the item's picture or sound, where it has one. */
  readonly media: ReadonlyMap<string, PaperMedia>;
  /** Milliseconds left when read, or undefined without a time limit. */
  readonly deadlineAt?: number | undefined;
}

/** Null when no attempt of that id is in progress here (handed in, or never started on this laptop). */
export async function readAttemptPaper(db: SandyqDb, attemptId: string): Promise<AttemptPaper | null> {
  const draft = await readDraft(db, attemptId);
  if (!draft) return null;
  const [assessment, live] = await Promise.all([db.rows('assessments').get(draft.assessmentId), liveRows(db, 'items').bulkGet(draft.itemIds)]);
  if (!assessment) return null;
  // Items in the order drawn; a version removed since is still the one the pupil got.
  const byId = new Map(live.map((i) => [i.id, i]));
  const missing = draft.itemIds.filter((id) => !byId.has(id));
  for (const row of await db.rows('items').bulkGet(missing)) if (row) byId.set(row.id, row);
  const items = draft.itemIds.flatMap((id) => (byId.get(id) ? [byId.get(id)!] : []));
  const resources = await liveRows(db, 'resources').bulkGet(items.flatMap((i) => (i.resourceId ? [i.resourceId] : [])));
  const media = new Map<string, PaperMedia>();
  for (const item of items) {
    const file = resources.find((r) => r.id === item.resourceId);
    if (file?.file) media.set(item.id, { url: offlineFileUrl(file.file.sha256), mime: file.file.mime, title: file.title });
  }
  return { draft, assessment, items, media, deadlineAt: draft.deadlineAt };
}
