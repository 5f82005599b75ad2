/**
 * An item bank file as items, each with its line or row and what is wrong with it: Moodle
 * GIFT text (.gift or .txt), or a spreadsheet (.xlsx or CSV) in the documented columns.
 * Nothing is stored here: the screen shows the preview, the teacher confirms.
 */
import { readGift } from '@/domain/assessments/gift';
import type { ReadItem } from '@/domain/assessments/itemDraft';
import { readItemSheet } from '@/domain/assessments/itemSheet';
import type { Language } from '@/domain/language';
import { decodeCsvBytes } from '../csv/decodeCsvBytes';
import { readSheetFile } from '../csv/readSheetFile';

export type ItemFile =
  { readonly ok: true; readonly items: readonly ReadItem[] } | { readonly ok: false; readonly problem: 'unreadableFile' | 'noHeader' | 'noItems' };

export async function readItemFile(name: string, bytes: Uint8Array, language: Language): Promise<ItemFile> {
  const isGift = /\.(gift|txt)$/i.test(name);
  let items: readonly ReadItem[];
  if (isGift) {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) return { ok: false, problem: 'unreadableFile' };
    items = readGift(decoded.text, language);
  } else {
    const rows = await readSheetFile(bytes);
    if (!rows) return { ok: false, problem: 'unreadableFile' };
    const read = readItemSheet(rows);
    if (!Array.isArray(read)) return { ok: false, problem: 'noHeader' };
    items = read;
  }
  return items.length ? { ok: true, items } : { ok: false, problem: 'noItems' };
}
