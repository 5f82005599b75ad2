/**
 * When a row of a pupils file is a pupil the school already has, so that importing the
 * same file twice changes nothing.
 *
 * Identity rules:
 * - Names compare after Unicode NFC, lower case, ё → е and collapsed spaces ("Иванов  Ёлкин"
 *   is "иванов елкин"); an absent patronymic equals an empty one.
 * - Same names and both birth dates known: the same pupil exactly when the dates are equal
 *   (two pupils of one village may share a name, rarely a birthday).
 * - Same names and a birth date missing on either side: the same pupil when the class set
 *   is the same (a file without birth dates, or a pupil added by hand without one).
 * - A pupil created by an import has the id `importedPupilId(schoolId, key)` of the row's
 *   identity key, so the row also matches that pupil after it moved class set, and a
 *   re-import after a crash writes the same ids instead of duplicates.
 */
import type { IsoDate } from '@/domain/dates';
import { asId, derivedId, type ClassSetId, type EnrolmentId, type PupilId, type SchoolId } from '@/domain/ids';

export interface PupilIdentity {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string | undefined;
  readonly birthDate?: IsoDate | undefined;
  readonly classSetId: string;
}

export function normalizeNamePart(part: string | undefined): string {
  return (part ?? '').normalize('NFC').toLocaleLowerCase('kk').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** The normalized names, the key pupils are grouped by before the finer rules apply. */
export function nameKey(p: Pick<PupilIdentity, 'surname' | 'name' | 'patronymic'>): string {
  return [p.surname, p.name, p.patronymic].map(normalizeNamePart).join('\u0000');
}

/** The key the import derives ids from: names plus the birth date, or the class set without one. */
export function pupilIdentityKey(p: PupilIdentity): string {
  return `${nameKey(p)}\u0000${p.birthDate !== undefined ? `born:${p.birthDate}` : `classSet:${p.classSetId}`}`;
}

/** Whether two records describe one pupil (the rules in the header). */
export function isSamePupil(a: PupilIdentity, b: PupilIdentity): boolean {
  if (nameKey(a) !== nameKey(b)) return false;
  if (a.birthDate !== undefined && b.birthDate !== undefined) return a.birthDate === b.birthDate;
  return a.classSetId === b.classSetId;
}

/**
 * WARNING: changing the parts breaks re-import of files imported before (they would create
 * duplicates); the id must stay a function of the school and the identity key only.
 */
export function importedPupilId(schoolId: SchoolId | string, identityKey: string): PupilId {
  return asId<'Pupil'>(derivedId('pupilImport', schoolId, identityKey));
}

export function importedEnrolmentId(pupilId: PupilId, classSetId: ClassSetId): EnrolmentId {
  return asId<'Enrolment'>(derivedId('pupilImportEnrolment', pupilId, classSetId));
}
