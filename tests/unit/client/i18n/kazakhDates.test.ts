import { describe, expect, it } from 'vitest';
import { formatKazakhDate, hasKazakhIntlData } from '@/client/i18n/kazakhDates';

// Node ships full ICU, so its Kazakh output is the reference our fallback must match.
const OPTIONS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'full' },
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
  { dateStyle: 'short' },
  { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  { weekday: 'long', day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'short' },
  { month: 'long', year: 'numeric' },
  { month: 'long' },
  { weekday: 'short' },
  { dateStyle: 'long', timeStyle: 'short' },
];
const DAYS = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, i % 12, 1 + i * 2, 9, 7)));

describe('Kazakh dates without Intl data', () => {
  it('Node has the Kazakh data to compare against', () => {
    expect(hasKazakhIntlData()).toBe(true);
  });

  for (const options of OPTIONS) {
    it(`match full ICU for ${JSON.stringify(options)}`, () => {
      for (const day of DAYS) {
        const withZone = { ...options, timeZone: 'UTC' };
        expect(formatKazakhDate(day, withZone)).toBe(new Intl.DateTimeFormat('kk', withZone).format(day));
      }
    });
  }
});
