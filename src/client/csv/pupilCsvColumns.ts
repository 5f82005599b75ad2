/**
 * The columns of the pupils CSV and the header names they are recognised by, in Kazakh,
 * Russian and English. Heads build these files by hand in Excel, so matching forgives case,
 * punctuation, extra spaces, ё for е and notes in brackets ("Дата рождения (ДД.ММ.ГГГГ)").
 * Columns that match nothing (a "№" column, notes) are ignored and listed in the plan.
 *
 * The first name of each list is the one the export writes.
 */
import type { Language } from '@/domain/language';
import { CsvErrorCode } from './csvErrorCode';
import kkPeople from '../../../locales/kk/people.json';
import ruPeople from '../../../locales/ru/people.json';
import enPeople from '../../../locales/en/people.json';

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

/** The header the export writes, from locales/ (`csv.*HeaderLabel` of the people namespace). */
function writtenHeader(locale: Readonly<Record<string, string>>, column: PupilCsvColumn): string {
  return locale[`csv.${column}HeaderLabel`] ?? column;
}

/** Per language, the names a column is recognised by; the first is the one the export writes. */
export const PUPIL_CSV_HEADERS: Readonly<Record<Language, Readonly<Record<PupilCsvColumn, readonly string[]>>>> = {
  kk: {
    surname: [writtenHeader(kkPeople, 'surname'), 'Тегі', 'Тек'],
    name: [writtenHeader(kkPeople, 'name'), 'Аты', 'Есімі'],
    patronymic: [writtenHeader(kkPeople, 'patronymic'), 'Әкесінің аты', 'Әкесінің есімі'],
    grade: [writtenHeader(kkPeople, 'grade'), 'Сынып'],
    classSet: [writtenHeader(kkPeople, 'classSet'), 'Біріктірілген сынып', 'Сынып жиынтығы', 'Сынып-комплект'],
    birthDate: [writtenHeader(kkPeople, 'birthDate'), 'Туған күні', 'Туылған күні', 'Туған күні айы жылы'],
  },
  ru: {
    surname: [writtenHeader(ruPeople, 'surname'), 'Фамилия'],
    name: [writtenHeader(ruPeople, 'name'), 'Имя'],
    patronymic: [writtenHeader(ruPeople, 'patronymic'), 'Отчество'],
    grade: [writtenHeader(ruPeople, 'grade'), 'Класс'],
    classSet: [writtenHeader(ruPeople, 'classSet'), 'Класс-комплект', 'Комплект'],
    birthDate: [writtenHeader(ruPeople, 'birthDate'), 'Дата рождения'],
  },
  en: {
    surname: [writtenHeader(enPeople, 'surname'), 'Surname', 'Last name', 'Family name'],
    name: [writtenHeader(enPeople, 'name'), 'Name', 'First name', 'Given name'],
    patronymic: [writtenHeader(enPeople, 'patronymic'), 'Patronymic', 'Middle name'],
    grade: [writtenHeader(enPeople, 'grade'), 'Grade'],
    classSet: [writtenHeader(enPeople, 'classSet'), 'Class set', 'Class'],
    birthDate: [writtenHeader(enPeople, 'birthDate'), 'Date of birth', 'Birth date', 'DOB'],
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

/**
 * Whether `cell` is one of the column's Kazakh names with letters turned into '?' (or the
 * replacement character), as Excel writes them into a Windows-1251 file.
 */
function isHeaderWithLostLetters(cell: string, column: PupilCsvColumn): boolean {
  const text = cell.trim().toLocaleLowerCase('kk');
  if (!/[?\uFFFD]/.test(text)) return false;
  const pattern = new RegExp(`^${text.replace(/[.*+^${}()|[\]\\]/g, '\\$&').replace(/[?\uFFFD]/g, '.')}$`, 'u');
  return PUPIL_CSV_HEADERS.kk[column].some((name) => pattern.test(name.toLocaleLowerCase('kk')));
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
  if (missing.length > 0) {
    const lost = missing.filter((column) => cells.some((cell) => isHeaderWithLostLetters(cell, column)));
    if (lost.length > 0) return { ok: false, error: CsvErrorCode.headerLostLetters, columns: lost };
    return { ok: false, error: CsvErrorCode.missingColumn, columns: missing };
  }
  return { ok: true, indexOf, ignoredColumns };
}
