/**
 * The window title names what is on screen ("Қатысу — Сандық"), in the interface
 * language: browser tabs, the task switcher and screen readers tell screens apart by it.
 */
import { useEffect } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';

export function useDocumentTitle(title: string): void {
  const { t } = useTranslation('common');
  const appName = t('appNameTitle');
  useEffect(() => {
    document.title = title === '' ? appName : `${title} — ${appName}`;
  }, [title, appName]);
}
