/** Shown by the app's error boundary instead of a white screen. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { FullScreenMessage } from './FullScreenMessage';

export function RenderErrorScreen() {
  // No suspense: this must render even if something about loading translations broke.
  const { t } = useTranslation(['errors', 'common'], { useSuspense: false });
  return (
    <FullScreenMessage title={t('renderErrorTitle')} message={t('renderErrorMessage')}>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t('common:reloadAction')}
      </button>
    </FullScreenMessage>
  );
}
