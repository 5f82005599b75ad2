/**
 * Text as search compares it: Kazakh and Russian letters in any case match (Ә and ә, Ё and
 * ё, and ё as е, as Russian is often typed), ignoring repeated spaces. `toLowerCase` is
 * used rather than a locale's: the same words must match whatever the laptop's language.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Whether every word of `query` appears in one of `texts`. */
export function matchesSearch(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(texts.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}
