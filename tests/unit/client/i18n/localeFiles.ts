/** Reads the translation files from disk for the locale tests (Node, no bundler). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES_DIR = join(import.meta.dirname, '../../../../locales');

export type Strings = Record<string, unknown>;

export function readJson(path: string): Strings {
  return JSON.parse(readFileSync(path, 'utf8')) as Strings;
}

export function readLocale(language: string, namespace: string): Strings {
  return readJson(join(LOCALES_DIR, language, `${namespace}.json`));
}

export function readNotes(namespace: string): Strings {
  return readJson(join(LOCALES_DIR, '_notes', `${namespace}.json`));
}

export function listJsonFiles(dir: string): string[] {
  return readdirSync(join(LOCALES_DIR, dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `pendingChangesMessage_few` → `pendingChangesMessage`; other keys unchanged. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

export function pluralCategory(key: string): string | undefined {
  return PLURAL_SUFFIX.exec(key)?.[1];
}

/** Whether `key` can be looked up in `strings`, directly or as a plural. */
export function hasKey(strings: Strings, key: string): boolean {
  return key in strings || `${key}_other` in strings;
}
