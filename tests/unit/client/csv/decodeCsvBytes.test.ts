import { describe, expect, it } from 'vitest';
import { CsvErrorCode } from '@/client/csv/csvErrorCode';
import { decodeCsvBytes } from '@/client/csv/decodeCsvBytes';
import { encodeWindows1251 } from './windows1251';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeCsvBytes(withBom(utf8('Тегі;Аты\r\n')))).toEqual({ ok: true, text: 'Тегі;Аты\r\n', encoding: 'utf-8', hasBom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsvBytes(utf8('Сейітова;Әйгерім'))).toEqual({ ok: true, text: 'Сейітова;Әйгерім', encoding: 'utf-8', hasBom: false });
  });

  it('reads bytes that are not valid UTF-8 as Windows-1251 and says so', () => {
    const decoded = decodeCsvBytes(encodeWindows1251('Фамилия;Имя\nИванов;Пётр'));
    expect(decoded).toEqual({ ok: true, text: 'Фамилия;Имя\nИванов;Пётр', encoding: 'windows-1251', hasBom: false });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const text = 'Тегі\tАты';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeCsvBytes(bytes)).toMatchObject({ ok: true, text, encoding: 'utf-16le', hasBom: true });
  });

  it('calls a file of no bytes, or only blank lines, empty', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, error: CsvErrorCode.empty });
    expect(decodeCsvBytes(withBom(utf8('\r\n \r\n')))).toEqual({ ok: false, error: CsvErrorCode.empty });
  });

  it('recognises an Excel or OpenDocument workbook given instead of CSV', () => {
    expect(decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, error: CsvErrorCode.spreadsheetNotCsv });
    expect(decodeCsvBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toEqual({ ok: false, error: CsvErrorCode.spreadsheetNotCsv });
  });

  it('refuses text with control characters: a binary file or UTF-16 without a BOM', () => {
    expect(decodeCsvBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toEqual({
      ok: false,
      error: CsvErrorCode.unknownEncoding,
    });
    expect(decodeCsvBytes(Uint8Array.from([0x22, 0x04, 0x35, 0x04]))).toEqual({ ok: false, error: CsvErrorCode.unknownEncoding });
  });
});
