import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/client/i18n/languages';
import { NAMESPACES } from '@/client/i18n/namespaces';
import { baseKey, listJsonFiles, pluralCategory, readLocale, readNotes } from './localeFiles';

const KEY_ROLE = /(Action|Label|Message|Title)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  it('exist for every namespace in every language, and no file is outside the namespace list', () => {
    for (const language of LANGUAGES) expect(listJsonFiles(language)).toEqual([...NAMESPACES].sort());
    expect(listJsonFiles('_notes')).toEqual([...NAMESPACES].sort());
  });

  for (const namespace of NAMESPACES) {
    describe(namespace, () => {
      const kk = readLocale('kk', namespace);
      const bases = [...new Set(Object.keys(kk).map(baseKey))];

      it('has every key in every language, as a non-empty string', () => {
        for (const language of LANGUAGES) {
          const strings = readLocale(language, namespace);
          const languageBases = [...new Set(Object.keys(strings).map(baseKey))].sort();
          expect(languageBases, `${language}/${namespace}`).toEqual([...bases].sort());
          for (const [key, value] of Object.entries(strings)) {
            expect(typeof value, `${language}/${namespace}:${key}`).toBe('string');
            expect((value as string).trim(), `${language}/${namespace}:${key}`).not.toBe('');
          }
        }
      });

      it('gives each plural exactly the forms the language needs (Intl.PluralRules)', () => {
        for (const language of LANGUAGES) {
          const strings = readLocale(language, namespace);
          const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
          const plurals = new Set(Object.keys(strings).filter(pluralCategory).map(baseKey));
          for (const plural of plurals) {
            const forms = Object.keys(strings)
              .filter((k) => baseKey(k) === plural && pluralCategory(k))
              .map((k) => pluralCategory(k));
            expect(forms.sort(), `${language}/${namespace}:${plural}`).toEqual(needed);
          }
        }
      });

      it('uses the same placeholders in every language', () => {
        for (const key of Object.keys(kk)) {
          const expected = placeholders(String(kk[key] ?? ''));
          for (const language of LANGUAGES) {
            const strings = readLocale(language, namespace);
            const match = Object.keys(strings).find((k) => k === key) ?? Object.keys(strings).find((k) => baseKey(k) === baseKey(key));
            expect(placeholders(String(strings[match ?? ''] ?? '')), `${language}/${namespace}:${key}`).toEqual(expected);
          }
        }
      });

      it('names each key after its role (…Action, …Label, …Message, …Title)', () => {
        for (const key of bases) expect(key, `${namespace}:${key}`).toMatch(KEY_ROLE);
      });

      it('has a note for translators on every key, and no note for a key that is gone', () => {
        const notes = readNotes(namespace);
        expect(Object.keys(notes).sort()).toEqual([...bases].sort());
        for (const [key, note] of Object.entries(notes)) expect(String(note).length, `${namespace}:${key}`).toBeGreaterThan(10);
      });
    });
  }
});
