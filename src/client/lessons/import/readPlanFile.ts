/**
 * A КТЖ file's cells as text, row by row: an Excel workbook's first sheet (read by
 * read-excel-file, loaded on first use so the first visit never carries it), or a CSV in
 * any encoding a teacher's Excel writes (the pupil import's decoding). Dates become
 * 'YYYY-MM-DD'; numbers their plain text.
 */
import { decodeCsvBytes } from '@/client/csv/decodeCsvBytes';
import { detectSeparator, parseCsv } from '@/client/csv/parseCsv';
import { PlanImportProblem } from './planImportProblem';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export type PlanFileRows = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly problem: PlanImportProblem };

const isZip = (bytes: Uint8Array) => ZIP_SIGNATURE.every((b, i) => bytes[i] === b);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

export async function readPlanFile(bytes: Uint8Array): Promise<PlanFileRows> {
  if (isZip(bytes)) {
    try {
      const { readSheet } = await import('read-excel-file/universal');
      const sheet = await readSheet(bytes.slice().buffer as ArrayBuffer);
      return { ok: true, rows: sheet.map((row) => row.map(cellText)) };
    } catch {
      return { ok: false, problem: PlanImportProblem.unreadableFile };
    }
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: PlanImportProblem.unreadableFile };
  const parsed = parseCsv(decoded.text, detectSeparator(decoded.text));
  return { ok: true, rows: parsed.records.map((r) => [...r]) };
}
