/**
 * The preview of a pupils CSV import: what each row would do to the school, decided before
 * anything is stored. A row either creates a pupil with their enrolment, finds the pupil
 * already there (`unchanged`: importing the same file again changes nothing; see
 * `pupilIdentity` for the rules), or carries row errors. File-level problems (empty, not
 * text, no usable header) stop the plan with one code.
 *
 * Pure: the caller passes the file's bytes and the school's current class sets and pupils;
 * `pupilImportWrites` turns the plan into rows to store, all or only the valid ones.
 */
import type { IsoDate } from '@/domain/dates';
import type { Enrolment } from '@/domain/entities/enrolment';
import { PupilStatus, type Pupil } from '@/domain/entities/pupil';
import type { EnrolmentId, PupilId, SchoolId } from '@/domain/ids';
import { CsvErrorCode } from './csvErrorCode';
import { decodeCsvBytes, type CsvEncoding } from './decodeCsvBytes';
import { detectSeparator, parseCsv, type CsvSeparator } from './parseCsv';
import { columnOfHeader, matchPupilCsvHeader, type PupilCsvColumn } from './pupilCsvColumns';
import { importedEnrolmentId, importedPupilId, isSamePupil, nameKey, pupilIdentityKey, type PupilIdentity } from './pupilIdentity';
import {
  cellsOf,
  classSetLookup,
  readPupilRow,
  type ImportClassSet,
  type PupilCsvCells,
  type PupilRowError,
  type PupilRowValues,
} from './readPupilRow';

/** A pupil the school has (active or withdrawn), as the import compares them. */
export interface ExistingPupil extends PupilIdentity {
  readonly id: PupilId | string;
  /** A tombstoned pupil is not matched: importing them again creates (revives) the row. */
  readonly deleted?: boolean | undefined;
}

export interface PupilImportContext {
  readonly schoolId: SchoolId | string;
  /** The school's class sets; archived and deleted ones are never matched by name. */
  readonly classSets: readonly ImportClassSet[];
  /** The school's pupils, withdrawn ones included (a re-import must not duplicate them). */
  readonly pupils: readonly ExistingPupil[];
  /** First day of created enrolments: the import day, or the year's first day. */
  readonly enrolledFrom: IsoDate;
}

export const PupilImportRowKind = { create: 'create', unchanged: 'unchanged', invalid: 'invalid' } as const;
export type PupilImportRowKind = (typeof PupilImportRowKind)[keyof typeof PupilImportRowKind];

interface RowBase {
  /** The row number Excel shows: the header is row 1. */
  readonly rowNumber: number;
  readonly cells: PupilCsvCells;
}
export type PupilImportRow =
  | (RowBase & {
      readonly kind: 'create';
      readonly pupilId: PupilId;
      readonly pupil: Pupil;
      readonly enrolmentId: EnrolmentId;
      readonly enrolment: Enrolment;
    })
  | (RowBase & { readonly kind: 'unchanged'; readonly pupilId: PupilId })
  | (RowBase & { readonly kind: 'invalid'; readonly errors: readonly PupilRowError[] });

export type PupilImportPlan =
  | {
      readonly ok: false;
      readonly error: CsvErrorCode;
      /** The columns concerned (`missingColumn`, `duplicateColumn`). */
      readonly columns?: readonly PupilCsvColumn[];
    }
  | {
      readonly ok: true;
      readonly encoding: CsvEncoding;
      readonly hasBom: boolean;
      readonly separator: CsvSeparator;
      /** Header cells that name no known column; their cells were ignored. */
      readonly ignoredColumns: readonly string[];
      /** Data rows in file order; blank rows are skipped. */
      readonly rows: readonly PupilImportRow[];
      readonly counts: Readonly<Record<PupilImportRowKind, number>>;
      /** No row has an error: "import all" is allowed. */
      readonly isAllValid: boolean;
    };

/** How far down a title above the header ("Список 5-6 класса") is looked past. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The index of the header: the first of the first rows that names at least two known
 * columns (hand-made lists often start with a title row), else the first non-blank row,
 * so a file with no header at all is reported as such.
 */
function findHeader(records: readonly (readonly string[])[]): number {
  const limit = Math.min(records.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    if (records[i]!.filter((c) => columnOfHeader(c) !== undefined).length >= 2) return i;
  }
  return records.findIndex((r) => r.some((c) => c.trim() !== ''));
}

/** The rows of `record` past the header's width that hold something. */
function hasExtraCells(record: readonly string[], width: number): boolean {
  return record.slice(width).some((c) => c.trim() !== '');
}

export function planPupilImport(bytes: Uint8Array, context: PupilImportContext): PupilImportPlan {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const separator = detectSeparator(decoded.text);
  const parsed = parseCsv(decoded.text, separator);
  if (parsed.hasUnterminatedQuote) return { ok: false, error: CsvErrorCode.unterminatedQuote };

  const headerIndex = findHeader(parsed.records);
  const header = parsed.records[headerIndex];
  if (header === undefined) return { ok: false, error: CsvErrorCode.empty };
  const match = matchPupilCsvHeader(header);
  if (!match.ok) return { ok: false, error: match.error, columns: match.columns };

  const classSets = classSetLookup(context.classSets);
  const existingByName = new Map<string, ExistingPupil[]>();
  const existingIds = new Set<string>();
  for (const p of context.pupils) {
    if (p.deleted === true) continue;
    const key = nameKey(p);
    existingByName.set(key, [...(existingByName.get(key) ?? []), p]);
    existingIds.add(p.id);
  }
  /** Valid rows seen so far, by names, to find repeats within the file. */
  const earlierByName = new Map<string, Array<{ values: PupilRowValues; rowNumber: number }>>();

  const rows: PupilImportRow[] = [];
  parsed.records.forEach((record, index) => {
    if (index <= headerIndex || record.every((c) => c.trim() === '')) return;
    const rowNumber = index + 1;
    const cells = cellsOf(record, match.indexOf);
    if (record.length < header.length || hasExtraCells(record, header.length)) {
      const error = { code: CsvErrorCode.wrongColumnCount, expected: header.length, actual: record.length };
      rows.push({ kind: 'invalid', rowNumber, cells, errors: [error] });
      return;
    }
    const read = readPupilRow(cells, classSets);
    if (!read.ok) {
      rows.push({ kind: 'invalid', rowNumber, cells, errors: read.errors });
      return;
    }
    const { values } = read;
    const names = nameKey(values);
    const earlier = earlierByName.get(names) ?? [];
    const repeated = earlier.find((e) => isSamePupil(e.values, values));
    if (repeated) {
      const error = { code: CsvErrorCode.duplicateRow, duplicateOf: repeated.rowNumber };
      rows.push({ kind: 'invalid', rowNumber, cells, errors: [error] });
      return;
    }
    earlierByName.set(names, [...earlier, { values, rowNumber }]);

    const pupilId = importedPupilId(context.schoolId, pupilIdentityKey(values));
    const existing = existingIds.has(pupilId) ? pupilId : (existingByName.get(names) ?? []).find((p) => isSamePupil(p, values))?.id;
    if (existing !== undefined) {
      rows.push({ kind: 'unchanged', rowNumber, cells, pupilId: existing as PupilId });
      return;
    }
    const pupil: Pupil = { ...values, status: PupilStatus.active };
    const enrolment: Enrolment = { pupilId, classSetId: values.classSetId, grade: values.grade, from: context.enrolledFrom };
    rows.push({ kind: 'create', rowNumber, cells, pupilId, pupil, enrolmentId: importedEnrolmentId(pupilId, values.classSetId), enrolment });
  });

  if (rows.length === 0) return { ok: false, error: CsvErrorCode.empty };
  const counts = { create: 0, unchanged: 0, invalid: 0 };
  for (const r of rows) counts[r.kind] += 1;
  return {
    ok: true,
    encoding: decoded.encoding,
    hasBom: decoded.hasBom,
    separator,
    ignoredColumns: match.ignoredColumns,
    rows,
    counts,
    isAllValid: counts.invalid === 0,
  };
}
