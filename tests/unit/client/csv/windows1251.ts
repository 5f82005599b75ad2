/**
 * Encodes test text as Windows-1251, the code page Excel writes "CSV" in on a Kazakh or
 * Russian Windows. Covers ASCII, the Russian alphabet, Ё/ё and І/і; the other Kazakh
 * letters (ә, ғ, қ, ң, ө, ұ, ү, һ) are not in the code page and come out as '?', as Excel
 * writes them.
 */
const EXTRA: Readonly<Record<string, number>> = { Ё: 0xa8, ё: 0xb8, І: 0xb2, і: 0xb3, '№': 0xb9 };

export function encodeWindows1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else bytes.push(EXTRA[ch] ?? 0x3f);
  }
  return Uint8Array.from(bytes);
}
