/**
 * Sections, topics and learning objectives named in words by the item editor or an import,
 * made rows on first use under ids derived from their words (`curriculumIds.ts`), so the
 * same topic typed on two laptops offline is one topic. An existing row is never rewritten:
 * its titles may hold another language's words.
 */
import { objectiveIdOf, sectionIdOf, topicIdOf } from '@/domain/assessments/curriculumIds';
import type { Language } from '@/domain/language';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { createRecord } from '../db/writeRecord';

export interface TopicWords {
  readonly subjectId: string;
  readonly grade: number;
  readonly language: Language;
  /** The section's words; the topic's own words stand for it when none is given. */
  readonly section?: string | undefined;
  readonly topic: string;
  readonly objectiveCode?: string | undefined;
}

export interface CurriculumRefs {
  readonly sectionId: string;
  readonly topicId: string;
  readonly objectiveId?: string | undefined;
}

/** The tables `ensureTopic` writes, for a caller's transaction. */
export const CURRICULUM_TABLES = ['sections', 'topics', 'learningObjectives'] as const;

export async function ensureTopic(db: SandyqDb, author: Author, words: TopicWords): Promise<CurriculumRefs> {
  const { subjectId, grade, language } = words;
  const sectionTitle = (words.section ?? '').trim() || words.topic.trim();
  const sectionId = sectionIdOf(subjectId, grade, sectionTitle);
  const topicId = topicIdOf(subjectId, grade, words.topic);
  if (!(await db.rows('sections').get(sectionId)))
    await createRecord(db, author, 'sections', { subjectId, grade, order: 0, titles: { [language]: sectionTitle } }, { id: sectionId });
  if (!(await db.rows('topics').get(topicId)))
    await createRecord(db, author, 'topics', { sectionId, subjectId, grade, order: 0, titles: { [language]: words.topic.trim() } }, { id: topicId });
  const code = words.objectiveCode?.trim();
  if (!code) return { sectionId, topicId };
  const objectiveId = objectiveIdOf(subjectId, grade, code);
  if (!(await db.rows('learningObjectives').get(objectiveId)))
    await createRecord(db, author, 'learningObjectives', { code, text: { [language]: code }, topicId, subjectId, grade }, { id: objectiveId });
  return { sectionId, topicId, objectiveId };
}
