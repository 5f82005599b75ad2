/**
 * The columns of the pupils CSV and the header names they are recognised by, in Kazakh,
 * Russian and English. Heads build these files by hand in Excel, so matching forgives case,
 * punctuation, extra spaces, ё for е and notes in brackets ("Дата рождения (ДД.ММ.ГГГГ)").
 * Columns that match nothing (a "№" column, notes) are ignored and listed in the plan.
 *
 * The first name of each list is the one the export writes.
 */
import type { Language } from '../../domain/language';
import { CsvErrorCode } from './csvErrorCode';

export const PupilCsvColumn = {
  surname: 'surname',
  name: 'name',
  patronymic: 'patronymic',
  grade: 'grade',
  classSet: 'classSet',
  birthDate: 'birthDate',
} as const;
export type PupilCsvColumn = (typeof PupilCsvColumn)[keyof typeof PupilCsvColumn];

/** In the order the export writes them. */
export const PUPIL_CSV_COLUMNS: readonly PupilCsvColumn[] = Object.values(PupilCsvColumn);

export const REQUIRED_PUPIL_CSV_COLUMNS: readonly PupilCsvColumn[] = [
  PupilCsvColumn.surname,
  PupilCsvColumn.name,
  PupilCsvColumn.grade,
  PupilCsvColumn.classSet,
];

export const PUPIL_CSV_HEADERS: Readonly<Record<Language, Readonly<Record<PupilCsvColumn, readonly string[]>>>> = {
  kk: {
    surname: ['Тегі', 'Тек'],
    name: ['Аты', 'Есімі'],
    patronymic: ['Әкесінің аты', 'Әкесінің есімі'],
    grade: ['Сынып'],
    classSet: ['Сынып жиынтығы', 'Біріктірілген сынып', 'Сынып-комплект'],
    birthDate: ['Туған күні', 'Туылған күні', 'Туған күні айы жылы'],
  },
  ru: {
    surname: ['Фамилия'],
    name: ['Имя'],
    patronymic: ['Отчество'],
    grade: ['Класс'],
    classSet: ['Класс-комплект', 'Комплект'],
    birthDate: ['Дата рождения'],
  },
  en: {
    surname: ['Surname', 'Last name', 'Family name'],
    name: ['Name', 'First name', 'Given name'],
    patronymic: ['Patronymic', 'Middle name'],
    grade: ['Grade'],
    classSet: ['Class set', 'Class'],
    birthDate: ['Date of birth', 'Birth date', 'DOB'],
  },
};

/** The header cell as compared: lower case, ё → е, no bracketed notes or punctuation. */
export function normalizeHeader(cell: string): string {
  return cell
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/ё/g, 'е')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const COLUMN_BY_HEADER: ReadonlyMap<string, PupilCsvColumn> = new Map(
  Object.values(PUPIL_CSV_HEADERS).flatMap((names) =>
    PUPIL_CSV_COLUMNS.flatMap((column) => names[column].map((h) => [normalizeHeader(h), column] as const)),
  ),
);

export function columnOfHeader(cell: string): PupilCsvColumn | undefined {
  return COLUMN_BY_HEADER.get(normalizeHeader(cell));
}

export type HeaderMatch =
  | {
      readonly ok: true;
      /** The cell index of each column found. */
      readonly indexOf: Readonly<Partial<Record<PupilCsvColumn, number>>>;
      /** Header cells that name no known column, as written; their cells are ignored. */
      readonly ignoredColumns: readonly string[];
    }
  | { readonly ok: false; readonly error: CsvErrorCode; readonly columns: readonly PupilCsvColumn[] };

/** Which cell holds which column, or why the header cannot be used. */
export function matchPupilCsvHeader(cells: readonly string[]): HeaderMatch {
  const indexOf: Partial<Record<PupilCsvColumn, number>> = {};
  const ignoredColumns: string[] = [];
  const duplicates: PupilCsvColumn[] = [];
  cells.forEach((cell, i) => {
    const column = columnOfHeader(cell);
    if (column === undefined) {
      if (cell.trim() !== '') ignoredColumns.push(cell.trim());
    } else if (indexOf[column] !== undefined) {
      duplicates.push(column);
    } else {
      indexOf[column] = i;
    }
  });
  if (Object.keys(indexOf).length === 0) return { ok: false, error: CsvErrorCode.noHeader, columns: [] };
  if (duplicates.length > 0) return { ok: false, error: CsvErrorCode.duplicateColumn, columns: duplicates };
  const missing = REQUIRED_PUPIL_CSV_COLUMNS.filter((c) => indexOf[c] === undefined);
  if (missing.length > 0) return { ok: false, error: CsvErrorCode.missingColumn, columns: missing };
  return { ok: true, indexOf, ignoredColumns };
}
