/**
 * Writes CSV that Excel opens correctly on a Kazakh or Russian Windows: UTF-8 with a byte
 * order mark (without it Excel reads the bytes as Windows-1251 and Kazakh letters turn to
 * mojibake), ';' between fields (the list separator of those locales), CRLF line ends.
 * A field is quoted when it holds the separator, a quote, a line break or edge spaces.
 */
import { CsvSeparator } from './parseCsv';

const UTF8_BOM = '\uFEFF';

function quoteField(value: string, separator: CsvSeparator): string {
  const needsQuotes =
    value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r') || value !== value.trim();
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
