/**
 * Ids of sections, topics and learning objectives named in words (by the item editor, an
 * import), derived from the subject, the grade and the words as search folds them: two
 * teachers who type the same topic offline, in any letter case, make one row.
 */
import { derivedId } from '../ids';
import { foldForSearch } from '../searchText';

export const sectionIdOf = (subjectId: string, grade: number, title: string) => derivedId('section', subjectId, String(grade), foldForSearch(title));
export const topicIdOf = (subjectId: string, grade: number, title: string) => derivedId('topic', subjectId, String(grade), foldForSearch(title));
export const objectiveIdOf = (subjectId: string, grade: number, code: string) => derivedId('objective', subjectId, String(grade), code.trim());
