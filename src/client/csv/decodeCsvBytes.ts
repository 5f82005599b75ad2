/**
 * Turns the bytes of an uploaded CSV file into text, guessing the encoding as a head's
 * Excel would have written it:
 * - "CSV UTF-8" starts with a byte order mark; other tools write UTF-8 without one;
 * - plain "CSV" from Excel on a Kazakh or Russian Windows is Windows-1251 (the ANSI code
 *   page), so bytes that are not valid UTF-8 are read as Windows-1251;
 * - "Unicode text" is UTF-16 with a BOM.
 * The encoding used is reported, so the preview can say which one it assumed. Text with
 * control characters after decoding (a binary file, UTF-16 without a BOM) is refused.
 *
 * Uses `TextDecoder`, which Node and browsers provide for all of these.
 */
import { CsvErrorCode } from './csvErrorCode';

export const CsvEncoding = {
  utf8: 'utf-8',
  windows1251: 'windows-1251',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
} as const;
export type CsvEncoding = (typeof CsvEncoding)[keyof typeof CsvEncoding];

export type DecodedCsv =
  | { readonly ok: true; readonly text: string; readonly encoding: CsvEncoding; readonly hasBom: boolean }
  | { readonly ok: false; readonly error: CsvErrorCode };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of old .xls workbooks. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** C0 controls other than tab, LF, CR; DEL; and C1 controls (what stray bytes decode to). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decode(bytes: Uint8Array, encoding: CsvEncoding, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes.length === 0) return { ok: false, error: CsvErrorCode.empty };
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE)) return { ok: false, error: CsvErrorCode.spreadsheetNotCsv };

  let decoded: { text: string | undefined; encoding: CsvEncoding; hasBom: boolean };
  if (startsWith(bytes, UTF8_BOM)) {
    decoded = { text: decode(bytes.subarray(3), CsvEncoding.utf8, true), encoding: CsvEncoding.utf8, hasBom: true };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: decode(bytes.subarray(2), CsvEncoding.utf16le, true), encoding: CsvEncoding.utf16le, hasBom: true };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: decode(bytes.subarray(2), CsvEncoding.utf16be, true), encoding: CsvEncoding.utf16be, hasBom: true };
  } else {
    const utf8 = decode(bytes, CsvEncoding.utf8, true);
    decoded =
      utf8 !== undefined
        ? { text: utf8, encoding: CsvEncoding.utf8, hasBom: false }
        : { text: decode(bytes, CsvEncoding.windows1251, false), encoding: CsvEncoding.windows1251, hasBom: false };
  }

  const { text, encoding, hasBom } = decoded;
  if (text === undefined || CONTROL_CHARACTERS.test(text)) return { ok: false, error: CsvErrorCode.unknownEncoding };
  if (text.trim() === '') return { ok: false, error: CsvErrorCode.empty };
  return { ok: true, text, encoding, hasBom };
}
