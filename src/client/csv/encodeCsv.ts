/**
 * Writes CSV that Excel opens correctly on a Kazakh or Russian Windows: UTF-8 with a byte
 * order mark (without it Excel reads the bytes as Windows-1251 and Kazakh letters turn to
 * mojibake), ';' between fields (the list separator of those locales), CRLF line ends.
 * A field is quoted when it holds the separator, a quote, a line break or edge spaces.
 *
 * Formula injection: a cell that starts with =, +, -, @, a tab or a carriage return is
 * run as a formula by Excel (`=HYPERLINK(...)` in a pupil's name typed on another laptop),
 * so it is written after an apostrophe, which Excel shows as text. Plain numbers ("-3") stay.
 */
import { CsvSeparator } from './parseCsv';

const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/** The cell as a spreadsheet will show it as text, never run it. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function quoteField(raw: string, separator: CsvSeparator): string {
  const value = neutralizeFormula(raw);
  const needsQuotes = value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r') || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text of `rows`, without a BOM, each record ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[], separator: CsvSeparator = CsvSeparator.semicolon): string {
  return rows.map((row) => `${row.map((v) => quoteField(v, separator)).join(separator)}\r\n`).join('');
}

/** The bytes of a CSV file: UTF-8 with a BOM, as `csvText`. */
export function encodeCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = CsvSeparator.semicolon): Uint8Array {
  return new TextEncoder().encode(UTF8_BOM + csvText(rows, separator));
}
