import { beforeAll, describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatNumber } from '@/client/i18n/formatters';
import { currentLanguage, i18n, initI18n, setLanguage } from '@/client/i18n/i18n';
import { Namespace } from '@/client/i18n/namespaces';

describe('i18n', () => {
  beforeAll(async () => {
    await initI18n('kk');
  });

  it('starts in Kazakh with the boot namespaces loaded before anything renders', () => {
    expect(currentLanguage()).toBe('kk');
    expect(i18n.hasLoadedNamespace(Namespace.shell)).toBe(true);
    expect(i18n.hasLoadedNamespace(Namespace.errors)).toBe(true);
    expect(i18n.t('shell:offlineLabel')).toBe('Интернет жоқ');
  });

  it('loads a screen namespace on demand', async () => {
    expect(i18n.hasLoadedNamespace(Namespace.library)).toBe(false);
    await i18n.loadNamespaces(Namespace.library);
    expect(i18n.t('library:screenTitle')).toBe('Кітапхана');
  });

  it('switches language with every namespace in use already loaded', async () => {
    await setLanguage('ru', undefined);
    expect(currentLanguage()).toBe('ru');
    expect(i18n.t('library:screenTitle')).toBe('Библиотека');
    expect(i18n.t('shell:offlineLabel')).toBe('Нет интернета');
    await setLanguage('kk', undefined);
  });

  it('picks Russian plural forms through Intl.PluralRules', async () => {
    await setLanguage('ru', undefined);
    const counts = [1, 3, 5, 21, 22, 25, 11];
    expect(counts.map((count) => i18n.t('shell:pendingChangesMessage', { count }))).toEqual([
      '1 изменение не отправлено',
      '3 изменения не отправлены',
      '5 изменений не отправлено',
      '21 изменение не отправлено',
      '22 изменения не отправлены',
      '25 изменений не отправлено',
      '11 изменений не отправлено',
    ]);
    await setLanguage('kk', undefined);
    expect(i18n.t('shell:pendingChangesMessage', { count: 5 })).toBe('5 өзгеріс жіберілмеді');
  });
});

describe('formatters', () => {
  const day = new Date(Date.UTC(2026, 10, 23, 12));

  it('write dates in the interface language', () => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
    expect(formatDate(day, 'kk', options)).toContain('қараша');
    expect(formatDate(day, 'ru', options)).toContain('ноября');
    expect(formatDate(day, 'en', options)).toBe('November 23, 2026');
  });

  it('write numbers and storage sizes with the language separators', () => {
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatBytes(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(3 * 1024 ** 3, 'ru')).toMatch(/^3\sГБ$/);
  });
});
