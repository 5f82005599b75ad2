import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from '@/client/i18n/formatters';
import { formatKazakhRelative, type RelativeUnit } from '@/client/i18n/kazakhDates';

describe('relative times ("synced 5 minutes ago")', () => {
  it('writes Kazakh as CLDR does, for browsers whose Intl has no Kazakh (Node has full ICU)', () => {
    const intl = new Intl.RelativeTimeFormat('kk', { numeric: 'always' });
    for (const unit of ['second', 'minute', 'hour', 'day'] as RelativeUnit[]) {
      for (const value of [-45, -5, -1, 1, 2, 30]) expect(formatKazakhRelative(value, unit)).toBe(intl.format(value, unit));
    }
  });

  it('picks the largest whole unit, past and future', () => {
    expect(formatRelativeTime(-5 * 60_000, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(-(2 * 3_600_000 + 59 * 60_000), 'en')).toBe('2 hours ago');
    expect(formatRelativeTime(-3 * 86_400_000, 'ru')).toBe('3 дня назад');
    expect(formatRelativeTime(2 * 60_000, 'ru')).toBe('через 2 минуты');
    expect(formatRelativeTime(-30_000, 'en')).toBe('30 seconds ago');
    expect(formatRelativeTime(-12 * 60_000, 'kk')).toBe('12 минут бұрын');
  });
});
