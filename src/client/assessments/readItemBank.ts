/**
 * The school's item bank as the Assessments screen reads it: the current version of each
 * item (a superseded version stays stored, for the pupils who got it, but is not listed),
 * found by subject, grade, topic, objective, kind and words of its question, options or
 * answers (an objective's code, "5.1.2.1", is one of its words), each with its section and topic in words.
 */
import type { ItemKind } from '@/domain/entities/item';
import { matchesSearch } from '@/domain/searchText';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export type ItemRow = RowOf<'items'>;
type Titles = RowOf<'topics'>['titles'];

export interface ItemFilter {
  readonly subjectId?: string | undefined;
  readonly grade?: number | undefined;
  readonly topicId?: string | undefined;
  readonly objectiveId?: string | undefined;
  readonly kind?: ItemKind | undefined;
  readonly text?: string | undefined;
}

export interface BankItem {
  readonly item: ItemRow;
  readonly topicTitles?: Titles | undefined;
  readonly sectionTitles?: Titles | undefined;
  readonly objectiveCode?: string | undefined;
}

export interface TopicChoice {
  readonly id: string;
  readonly titles: Titles;
  readonly sectionId: string;
  readonly sectionTitles?: Titles | undefined;
}

export const titleOf = (titles: Titles | undefined, language: string): string =>
  titles ? (titles[language as keyof Titles] ?? titles.kk ?? titles.ru ?? titles.en ?? '') : '';

export async function readItemBank(db: SandyqDb, schoolId: string, filter: ItemFilter = {}): Promise<BankItem[]> {
  const [items, topics, sections, objectives] = await Promise.all([
    filter.subjectId ? liveRows(db, 'items').where('subjectId', filter.subjectId) : liveRows(db, 'items').where('schoolId', schoolId),
    liveRows(db, 'topics').where('schoolId', schoolId),
    liveRows(db, 'sections').where('schoolId', schoolId),
    liveRows(db, 'learningObjectives').where('schoolId', schoolId),
  ]);
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const codeById = new Map(objectives.map((o) => [o.id, o.code]));
  return items
    .filter(
      (i) =>
        i.schoolId === schoolId &&
        i.supersededById === undefined &&
        (filter.grade === undefined || i.grade === filter.grade) &&
        (filter.topicId === undefined || i.topicId === filter.topicId) &&
        (filter.objectiveId === undefined || i.objectiveId === filter.objectiveId) &&
        (filter.kind === undefined || i.kind === filter.kind) &&
        (filter.text === undefined || matchesSearch(filter.text, [...searchable(i), i.objectiveId ? codeById.get(i.objectiveId) : undefined])),
    )
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((item) => {
      const topic = topicById.get(item.topicId);
      return {
        item,
        topicTitles: topic?.titles,
        sectionTitles: topic ? sectionById.get(topic.sectionId)?.titles : undefined,
        objectiveCode: item.objectiveId ? codeById.get(item.objectiveId) : undefined,
      };
    });
}

function searchable(i: ItemRow): string[] {
  const key = i.key;
  return [
    i.prompt,
    i.explanation ?? '',
    ...(i.options ?? []).map((o) => o.text),
    ...(i.matchOptions ?? []).map((o) => o.text),
    ...(key.kind === 'shortText' ? key.accepted : []),
  ];
}

/** The topics of a subject and grade, with their sections, for the editor's and the filters' choices. */
export async function readTopicChoices(db: SandyqDb, subjectId: string, grade: number): Promise<TopicChoice[]> {
  const [topics, sections] = await Promise.all([
    liveRows(db, 'topics').where('[subjectId+grade]', [subjectId, grade]),
    liveRows(db, 'sections').where('[subjectId+grade]', [subjectId, grade]),
  ]);
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  return topics
    .map((t) => ({ id: t.id, titles: t.titles, sectionId: t.sectionId, sectionTitles: sectionById.get(t.sectionId)?.titles }))
    .sort((a, b) => titleOf(a.titles, 'kk').localeCompare(titleOf(b.titles, 'kk'), 'kk'));
}
