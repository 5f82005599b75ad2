/**
 * One data row of a pupils file checked on its own: names present and storable, grade
 * 1-11, a class set of the school that teaches that grade, a real birth date if any.
 * Whether the pupil exists already or repeats an earlier row is decided by the plan.
 */
import type { IsoDate } from '@/domain/dates';
import { ClassSetStatus } from '@/domain/entities/classSet';
import { TextLimit } from '@/domain/entities/fields';
import type { ClassSetId } from '@/domain/ids';
import { CsvErrorCode } from './csvErrorCode';
import { parseCsvDate } from './parseCsvDate';
import { PUPIL_CSV_COLUMNS, PupilCsvColumn } from './pupilCsvColumns';

/** A class set the file may name: the school's current ones. */
export interface ImportClassSet {
  readonly id: ClassSetId;
  readonly name: string;
  readonly grades: readonly number[];
  /** Archived sets (last year's "5-6") are never matched. */
  readonly status?: ClassSetStatus | undefined;
  readonly deleted?: boolean | undefined;
}

/** A row's cells by column, trimmed, as the preview shows them. */
export type PupilCsvCells = Readonly<Partial<Record<PupilCsvColumn, string>>>;

export interface PupilRowError {
  readonly code: CsvErrorCode;
  readonly column?: PupilCsvColumn;
  /** The earlier row this one repeats (`duplicateRow`). */
  readonly duplicateOf?: number;
  /** Cells expected and found (`wrongColumnCount`). */
  readonly expected?: number;
  readonly actual?: number;
}

export interface PupilRowValues {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string;
  readonly grade: number;
  readonly classSetId: ClassSetId;
  readonly birthDate?: IsoDate;
}

/** A class set name as compared: case, spaces and the kind of dash ("5–6", "5 - 6") ignored. */
export function normalizeClassSetName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export type ClassSetLookup = ReadonlyMap<string, readonly ImportClassSet[]>;

export function classSetLookup(classSets: readonly ImportClassSet[]): ClassSetLookup {
  const byName = new Map<string, ImportClassSet[]>();
  for (const set of classSets) {
    if (set.status === ClassSetStatus.archived || set.deleted === true) continue;
    const key = normalizeClassSetName(set.name);
    byName.set(key, [...(byName.get(key) ?? []), set]);
  }
  return byName;
}

export function cellsOf(record: readonly string[], indexOf: Readonly<Partial<Record<PupilCsvColumn, number>>>): PupilCsvCells {
  const cells: Partial<Record<PupilCsvColumn, string>> = {};
  for (const column of PUPIL_CSV_COLUMNS) {
    const i = indexOf[column];
    if (i !== undefined) cells[column] = (record[i] ?? '').trim();
  }
  return cells;
}

function checkName(value: string, column: PupilCsvColumn, missing: CsvErrorCode | undefined, errors: PupilRowError[]): void {
  if (value === '') {
    if (missing !== undefined) errors.push({ code: missing, column });
  } else if ([...value].length > TextLimit.personName) {
    errors.push({ code: CsvErrorCode.nameTooLong, column });
  } else if (value.includes('?')) {
    errors.push({ code: CsvErrorCode.lostLetters, column });
  }
}

/** The row's values, or every problem found in it. */
export function readPupilRow(
  cells: PupilCsvCells,
  classSets: ClassSetLookup,
): { readonly ok: true; readonly values: PupilRowValues } | { readonly ok: false; readonly errors: readonly PupilRowError[] } {
  const errors: PupilRowError[] = [];
  const surname = (cells.surname ?? '').replace(/\s+/g, ' ');
  const name = (cells.name ?? '').replace(/\s+/g, ' ');
  const patronymic = (cells.patronymic ?? '').replace(/\s+/g, ' ');
  checkName(surname, PupilCsvColumn.surname, CsvErrorCode.missingSurname, errors);
  checkName(name, PupilCsvColumn.name, CsvErrorCode.missingName, errors);
  checkName(patronymic, PupilCsvColumn.patronymic, undefined, errors);

  const gradeCell = cells.grade ?? '';
  let grade: number | undefined;
  if (gradeCell === '') errors.push({ code: CsvErrorCode.missingGrade, column: PupilCsvColumn.grade });
  else if (!/^\d{1,2}$/.test(gradeCell) || Number(gradeCell) < 1 || Number(gradeCell) > 11)
    errors.push({ code: CsvErrorCode.gradeRange, column: PupilCsvColumn.grade });
  else grade = Number(gradeCell);

  const classSetCell = cells.classSet ?? '';
  let classSet: ImportClassSet | undefined;
  if (classSetCell === '') {
    errors.push({ code: CsvErrorCode.missingClassSet, column: PupilCsvColumn.classSet });
  } else {
    const found = classSets.get(normalizeClassSetName(classSetCell)) ?? [];
    if (found.length === 0) errors.push({ code: CsvErrorCode.unknownClassSet, column: PupilCsvColumn.classSet });
    else if (found.length > 1) errors.push({ code: CsvErrorCode.ambiguousClassSet, column: PupilCsvColumn.classSet });
    else classSet = found[0];
  }
  if (classSet !== undefined && grade !== undefined && !classSet.grades.includes(grade))
    errors.push({ code: CsvErrorCode.gradeNotInClassSet, column: PupilCsvColumn.grade });

  const birthCell = cells.birthDate ?? '';
  const birthDate = birthCell === '' ? undefined : parseCsvDate(birthCell);
  if (birthCell !== '' && birthDate === undefined) errors.push({ code: CsvErrorCode.invalidDate, column: PupilCsvColumn.birthDate });

  if (errors.length > 0 || grade === undefined || classSet === undefined) return { ok: false, errors };
  return {
    ok: true,
    values: {
      surname,
      name,
      ...(patronymic !== '' ? { patronymic } : {}),
      grade,
      classSetId: classSet.id,
      ...(birthDate !== undefined ? { birthDate } : {}),
    },
  };
}
