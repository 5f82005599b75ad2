/**
 * Why a CSV file, or one of its rows, cannot be imported. Each code is an i18n key the
 * preview translates in the head's language (like the domain's `ValidationCode`), so the
 * parser never writes English prose for users.
 *
 * WARNING: the codes are translation keys. Renaming one needs the locale files changed too.
 */
export const CsvErrorCode = {
  // --- The whole file ------------------------------------------------------------------
  /** No bytes, or only blank lines. */
  empty: 'csv.emptyFileMessage',
  /** The bytes are neither UTF-8, UTF-16 with a BOM, nor Windows-1251 text. */
  unknownEncoding: 'csv.unknownEncodingMessage',
  /** An Excel or OpenDocument workbook (.xlsx, .xls, .ods) instead of CSV: "save as CSV". */
  spreadsheetNotCsv: 'csv.spreadsheetNotCsvMessage',
  /** The first row names none of the known columns. */
  noHeader: 'csv.noHeaderMessage',
  /** A required column (surname, name, grade, class set) is missing from the header. */
  missingColumn: 'csv.missingColumnMessage',
  /**
   * The header's Kazakh letters became '?' (a file saved as Windows-1251 CSV, which has no
   * ә, ғ, қ, ң, ө, ұ, ү, һ, і): the columns are there but unreadable. Save as "CSV UTF-8".
   */
  headerLostLetters: 'csv.headerLostLettersMessage',
  /** The header names one column twice. */
  duplicateColumn: 'csv.duplicateColumnMessage',
  /** A quoted field is never closed, so the rest of the file would be one cell. */
  unterminatedQuote: 'csv.unterminatedQuoteMessage',

  // --- One row -------------------------------------------------------------------------
  /** The row has more or fewer cells than the header. */
  wrongColumnCount: 'csv.wrongColumnCountMessage',
  missingSurname: 'csv.missingSurnameMessage',
  missingName: 'csv.missingNameMessage',
  /** A surname, name or patronymic longer than the journal allows. */
  nameTooLong: 'csv.nameTooLongMessage',
  /**
   * A name holds '?', which is what Excel writes for Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ)
   * it cannot store in Windows-1251: the file must be saved as "CSV UTF-8".
   */
  lostLetters: 'csv.lostLettersMessage',
  missingGrade: 'csv.missingGradeMessage',
  /** Not a whole number from 1 to 11 (e.g. 13). */
  gradeRange: 'csv.gradeRangeMessage',
  missingClassSet: 'csv.missingClassSetMessage',
  /** No class set of the school has this name. */
  unknownClassSet: 'csv.unknownClassSetMessage',
  /** Several active class sets share this name. */
  ambiguousClassSet: 'csv.ambiguousClassSetMessage',
  /** The class set does not teach the row's grade (grade 7 in class set 5-6). */
  gradeNotInClassSet: 'csv.gradeNotInClassSetMessage',
  /** Not a real date written YYYY-MM-DD or DD.MM.YYYY. */
  invalidDate: 'csv.invalidDateMessage',
  /** The same pupil appears on an earlier row of the file. */
  duplicateRow: 'csv.duplicateRowMessage',

  // --- The head's choice ---------------------------------------------------------------
  /** "Import all" was asked of a file with row errors; only "import valid rows" may proceed. */
  rowsHaveErrors: 'csv.rowsHaveErrorsMessage',
} as const;
export type CsvErrorCode = (typeof CsvErrorCode)[keyof typeof CsvErrorCode];
