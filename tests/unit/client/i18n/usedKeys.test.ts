/**
 * Every translation key the code names exists in the Kazakh files (which the completeness
 * test holds every other language to). The type check catches most misspellings already;
 * this static scan also covers keys kept in maps as `'namespace:key'` strings.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '@/client/i18n/namespaces';
import { hasKey, readLocale } from './localeFiles';

const SRC = join(import.meta.dirname, '../../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface KeyUse {
  file: string;
  namespace: string;
  key: string;
}

/** The keys a file uses: `t('key')` in its first `useTranslation` namespace, and `'ns:key'` anywhere. */
function scanKeyUses(file: string, text: string): { uses: KeyUse[]; namespaces: string[] } {
  const namespaces = [...text.matchAll(/useTranslation\(\s*(?:\[\s*)?((?:['"][\w]+['"]\s*,?\s*)+)/g)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/['"](\w+)['"]/g)].map((n) => n[1] ?? ''),
  );
  const defaultNamespace = namespaces[0] ?? 'common';
  const uses: KeyUse[] = [];
  for (const m of text.matchAll(/\bt\(\s*['"]([\w:]+)['"]/g)) {
    const [ns, key] = (m[1] ?? '').includes(':') ? (m[1] ?? '').split(':') : [defaultNamespace, m[1]];
    uses.push({ file, namespace: ns ?? '', key: key ?? '' });
  }
  for (const m of text.matchAll(/['"`](\w+):(\w+(?:Action|Label|Message|Title))['"`]/g)) {
    uses.push({ file, namespace: m[1] ?? '', key: m[2] ?? '' });
  }
  return { uses, namespaces };
}

describe('translation keys used in src/', () => {
  const scans = sourceFiles(SRC).map((file) => scanKeyUses(file, readFileSync(file, 'utf8')));
  const uses = scans.flatMap((s) => s.uses);

  it('finds the keys (the scan is not vacuous)', () => {
    expect(uses.length).toBeGreaterThan(40);
  });

  it('asks useTranslation only for known namespaces', () => {
    for (const ns of scans.flatMap((s) => s.namespaces)) expect(NAMESPACES).toContain(ns);
  });

  it('names only keys that exist', () => {
    const missing = uses.filter((u) => !(NAMESPACES as readonly string[]).includes(u.namespace) || !hasKey(readLocale('kk', u.namespace), u.key));
    expect(missing.map((u) => `${u.file.slice(SRC.length + 1)}: ${u.namespace}:${u.key}`)).toEqual([]);
  });
});
