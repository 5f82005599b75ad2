import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from '@/client/i18n/dateInputText';

describe('dates typed in the interface language', () => {
  it('shows DD.MM.YYYY in Kazakh and Russian, DD/MM/YYYY in English, nothing for no date', () => {
    expect(formatDateInput('2026-11-30', 'kk')).toBe('30.11.2026');
    expect(formatDateInput('2026-11-30', 'ru')).toBe('30.11.2026');
    expect(formatDateInput('2026-11-30', 'en')).toBe('30/11/2026');
    expect(formatDateInput('', 'kk')).toBe('');
  });

  it('reads one-digit days and months and any of . / - as the separator', () => {
    expect(parseDateInput('1.9.2026')).toBe('2026-09-01');
    expect(parseDateInput(' 30/11/2026 ')).toBe('2026-11-30');
    expect(parseDateInput('30-11-2026')).toBe('2026-11-30');
  });

  it('refuses what is no real date, a two-digit year, or the browser form', () => {
    for (const text of ['30.02.2026', '31.04.2026', '00.01.2026', '1.13.2026', '30.11.26', '2026-11-30', 'ертең', ''])
      expect(parseDateInput(text), text).toBeUndefined();
  });
});
