/**
 * A spreadsheet file's cells as text, row by row: an Excel workbook's first sheet (read by
 * read-excel-file, loaded on first use so the first visit never carries it), or a CSV in
 * any encoding a teacher's Excel writes (the pupil import's decoding). Dates become
 * 'YYYY-MM-DD'; numbers their plain text. Used by the КТЖ and the item bank imports.
 */
import { decodeCsvBytes } from './decodeCsvBytes';
import { detectSeparator, parseCsv } from './parseCsv';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** The rows, or undefined for a file that is neither an .xlsx workbook nor a readable CSV. */
export type SheetRows = string[][] | undefined;

const isZip = (bytes: Uint8Array) => ZIP_SIGNATURE.every((b, i) => bytes[i] === b);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

export async function readSheetFile(bytes: Uint8Array): Promise<SheetRows> {
  if (isZip(bytes)) {
    try {
      const { readSheet } = await import('read-excel-file/universal');
      const sheet = await readSheet(bytes.slice().buffer as ArrayBuffer);
      return sheet.map((row) => row.map(cellText));
    } catch {
      return undefined;
    }
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return undefined;
  return parseCsv(decoded.text, detectSeparator(decoded.text)).records.map((r) => [...r]);
}
