/** The `Intl` formatters bound to the current interface language, for components. */
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDate, formatNumber, formatRelativeTime } from './formatters';
import { currentLanguage } from './i18n';

export function useFormatters(): {
  formatDate: (value: Date | number, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatBytes: (bytes: number) => string;
  formatRelativeTime: (deltaMs: number) => string;
} {
  useTranslation();
  const language = currentLanguage();
  return {
    formatDate: (value, options) => formatDate(value, language, options),
    formatNumber: (value, options) => formatNumber(value, language, options),
    formatBytes: (bytes) => formatBytes(bytes, language),
    formatRelativeTime: (deltaMs) => formatRelativeTime(deltaMs, language),
  };
}
