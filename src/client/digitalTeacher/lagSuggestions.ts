/**
 * Lagging topics to suggest for a group's pupils: the class mastery report of each pupil's
 * class set in the group's subject (`readGradebook`'s mastery), of the current quarter, or
 * of the latest earlier quarter with scored work, run through `suggestLaggingTopics`.
 * Class sets are read once each, however many of the group's pupils share one.
 */
import { quarterOf } from '@/domain/academicCalendar';
import { suggestLaggingTopics, type TopicSuggestion } from '@/domain/digitalTeacher/laggingTopics';
import type { ClassMastery } from '@/domain/reports/classMastery';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { readGradebook } from '../gradebook/readGradebook';

async function masteryOf(db: SandyqDb, classSetId: string, subjectId: string, today: string): Promise<ClassMastery | undefined> {
  const classSet = await liveRows(db, 'classSets').get(classSetId);
  const year = classSet ? await liveRows(db, 'academicYears').get(classSet.academicYearId) : undefined;
  const current = year ? (quarterOf(today, year) ?? (today > year.endsOn ? 4 : 1)) : 1;
  for (let quarter = current; quarter >= 1; quarter--) {
    const book = await readGradebook(db, { classSetId, subjectId, quarter });
    if (book && book.mastery.topics.length > 0) return book.mastery;
  }
  return undefined;
}

/** Pupil → suggestions, for pupils of the group whose records are given. */
export async function readLagSuggestions(
  db: SandyqDb,
  subjectId: string,
  pupils: readonly { readonly pupil: RowOf<'pupils'>; readonly record: RowOf<'welfareRecords'> | undefined }[],
  today: string,
): Promise<ReadonlyMap<string, readonly TopicSuggestion[]>> {
  const byClassSet = new Map<string, ClassMastery | undefined>();
  for (const classSetId of new Set(pupils.map((p) => p.pupil.classSetId as string))) {
    byClassSet.set(classSetId, await masteryOf(db, classSetId, subjectId, today));
  }
  const out = new Map<string, readonly TopicSuggestion[]>();
  for (const { pupil, record } of pupils) {
    const mastery = byClassSet.get(pupil.classSetId);
    const open = new Set(
      (record?.laggingTopics ?? [])
        .filter((t) => t.subjectId === subjectId && t.closedOn === undefined)
        .flatMap((t) => (t.topicId ? [t.topicId as string] : [])),
    );
    out.set(pupil.id, mastery ? suggestLaggingTopics(mastery, pupil.id, open) : []);
  }
  return out;
}
