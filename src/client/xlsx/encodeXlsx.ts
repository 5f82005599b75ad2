/**
 * Writes an Excel workbook on the laptop, offline, for every report's XLSX download and the
 * Kundelik journal page. write-excel-file is loaded on first use so the first visit never
 * carries it. Strings are always written as text cells, never as formulas, so a name typed
 * as `=HYPERLINK(...)` on another laptop cannot run in the head's Excel.
 */
export type XlsxValue = string | number | null;

export interface XlsxSheet {
  /** Shown on the sheet's tab: cut to Excel's 31 characters, without the characters it refuses. */
  readonly name: string;
  readonly rows: readonly (readonly XlsxValue[])[];
  /** Rows kept in view while scrolling (the header). */
  readonly frozenRows?: number | undefined;
  /** Column widths in characters, from the first column. */
  readonly columnWidths?: readonly number[] | undefined;
  /** Cells whose text is bold, as [row, column] from 0 (headings). */
  readonly boldRows?: readonly number[] | undefined;
}

const SHEET_NAME_REFUSED = /[[\]:*?/\\]/g;

export function sheetName(name: string): string {
  return name.replace(SHEET_NAME_REFUSED, '-').slice(0, 31) || '-';
}

export async function encodeXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const used = new Set<string>();
  const book = sheets.map((sheet, index) => {
    let name = sheetName(sheet.name);
    // Two tabs may not share a name; the second gets its position.
    if (used.has(name)) name = sheetName(`${name.slice(0, 27)} (${index + 1})`);
    used.add(name);
    const bold = new Set(sheet.boldRows ?? []);
    return {
      sheet: name,
      data: sheet.rows.map((row, r) =>
        row.map((value) =>
          value === null
            ? null
            : typeof value === 'number'
              ? { value, type: Number, ...(bold.has(r) ? { fontWeight: 'bold' as const } : {}) }
              : { value, type: String, ...(bold.has(r) ? { fontWeight: 'bold' as const } : {}) },
        ),
      ),
      ...(sheet.frozenRows ? { stickyRowsCount: sheet.frozenRows } : {}),
      ...(sheet.columnWidths ? { columns: sheet.columnWidths.map((width) => ({ width })) } : {}),
    };
  });
  const blob = await writeXlsxFile(book).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows made for CSV (all text) with their whole numbers as numbers, so Excel can sum them. */
export function withNumbers(rows: readonly (readonly string[])[]): XlsxValue[][] {
  return rows.map((row) => row.map((cell) => (/^-?\d{1,15}$/.test(cell) ? Number(cell) : cell)));
}
