/**
 * The pupils of a class set, or of the whole school, as the same CSV the import reads:
 * header in the chosen language, UTF-8 with a BOM, ';' separated. Importing the exported
 * file into the same school changes nothing (every row is `unchanged`).
 *
 * Withdrawn pupils are left out unless asked for: the file is a class list.
 */
import { PupilStatus } from '@/domain/entities/pupil';
import type { Language } from '@/domain/language';
import { compareByName } from '@/domain/person';
import { encodeCsv } from './encodeCsv';
import { formatCsvDate } from './parseCsvDate';
import { PUPIL_CSV_COLUMNS, PUPIL_CSV_HEADERS, type PupilCsvColumn } from './pupilCsvColumns';

export interface ExportPupil {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string | undefined;
  readonly grade: number;
  readonly classSetId: string;
  readonly birthDate?: string | undefined;
  readonly status?: PupilStatus | undefined;
}

export interface ExportClassSet {
  readonly id: string;
  readonly name: string;
}

export interface ExportPupilsOptions {
  /** The header's language; dates are DD.MM.YYYY for kk and ru, YYYY-MM-DD for en. */
  readonly language: Language;
  /** Only this class set's pupils; absent: the whole school. */
  readonly classSetId?: string | undefined;
  readonly includeWithdrawn?: boolean | undefined;
}

/** Rows of the pupils file (header first), ordered by class set, grade, then name. */
export function pupilsCsvRows(pupils: readonly ExportPupil[], classSets: readonly ExportClassSet[], options: ExportPupilsOptions): string[][] {
  const setName = new Map(classSets.map((s) => [s.id, s.name]));
  const dateStyle = options.language === 'en' ? 'iso' : 'dotted';
  const chosen = pupils
    .filter((p) => options.classSetId === undefined || p.classSetId === options.classSetId)
    .filter((p) => options.includeWithdrawn === true || p.status !== PupilStatus.withdrawn)
    .map((p) => ({ pupil: p, classSetName: setName.get(p.classSetId) ?? '' }))
    .sort(
      (a, b) =>
        a.classSetName.localeCompare(b.classSetName, 'kk', { numeric: true }) || a.pupil.grade - b.pupil.grade || compareByName(a.pupil, b.pupil),
    );
  const cell = (p: ExportPupil, classSetName: string, column: PupilCsvColumn): string => {
    switch (column) {
      case 'surname':
        return p.surname;
      case 'name':
        return p.name;
      case 'patronymic':
        return p.patronymic ?? '';
      case 'grade':
        return String(p.grade);
      case 'classSet':
        return classSetName;
      case 'birthDate':
        return p.birthDate === undefined ? '' : formatCsvDate(p.birthDate, dateStyle);
    }
  };
  const header = PUPIL_CSV_COLUMNS.map((c) => PUPIL_CSV_HEADERS[options.language][c][0] ?? c);
  return [header, ...chosen.map(({ pupil, classSetName }) => PUPIL_CSV_COLUMNS.map((c) => cell(pupil, classSetName, c)))];
}

export function exportPupilsCsv(pupils: readonly ExportPupil[], classSets: readonly ExportClassSet[], options: ExportPupilsOptions): Uint8Array {
  return encodeCsv(pupilsCsvRows(pupils, classSets, options));
}
