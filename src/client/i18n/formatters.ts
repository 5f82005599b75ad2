/**
 * Dates, numbers and sizes in the interface language, through `Intl`, so a date reads
 * "2026 ж. 23 қараша" in Kazakh and "23 ноября 2026 г." in Russian without any table of
 * our own. Formatters are cached per language and options: building one is not free.
 */
import { formatKazakhDate, formatKazakhRelative, hasKazakhIntlData, type RelativeUnit } from './kazakhDates';
import type { Language } from './languages';

let kazakhIntlData: boolean | undefined;

/**
 * Whether `Intl` can format this language itself. Kazakh may be missing (see
 * kazakhDates.ts): dates then use our own patterns, and numbers use Russian's, which has
 * the same separators (1 234,5) and unit abbreviations (МБ, ГБ).
 */
function isMissingIntlData(language: Language): boolean {
  if (language !== 'kk') return false;
  kazakhIntlData ??= hasKazakhIntlData();
  return !kazakhIntlData;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, create: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit as T;
  const made = create();
  cache.set(key, made);
  return made;
}

export function formatDate(value: Date | number, language: Language, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  if (isMissingIntlData(language)) return formatKazakhDate(value, options);
  const format = cached(`d|${language}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(language, options));
  return format.format(value);
}

export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const locale = isMissingIntlData(language) ? 'ru' : language;
  const format = cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
  return format.format(value);
}

const BYTE_UNITS = [
  ['gigabyte', 1024 ** 3],
  ['megabyte', 1024 ** 2],
  ['kilobyte', 1024],
] as const;

/** A storage size such as "12,3 МБ", in binary units as browsers report quota. */
export function formatBytes(bytes: number, language: Language): string {
  for (const [unit, size] of BYTE_UNITS) {
    if (bytes >= size) {
      return formatNumber(bytes / size, language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
    }
  }
  return formatNumber(bytes, language, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
}

const RELATIVE_STEPS: readonly (readonly [RelativeUnit, number])[] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * A time relative to now, "5 minutes ago" or "in 2 hours", in the largest whole unit (from
 * minutes up to days; under a minute counts in seconds). `deltaMs` is the time minus now.
 */
export function formatRelativeTime(deltaMs: number, language: Language): string {
  const [unit, size] = RELATIVE_STEPS.find(([, ms]) => Math.abs(deltaMs) >= ms) ?? ['second', 1_000];
  const amount = Math.trunc(deltaMs / size);
  const value = amount === 0 ? (deltaMs < 0 ? -0 : 0) : amount;
  if (isMissingIntlData(language)) return formatKazakhRelative(value, unit);
  const format = cached(`r|${language}`, () => new Intl.RelativeTimeFormat(language, { numeric: 'always' }));
  return format.format(value, unit);
}
