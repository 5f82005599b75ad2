/** In place of a screen that could not open: what happened and the one thing to do. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useMarkAppReady } from '../components/useMarkAppReady';

export function ScreenLoadFailed() {
  const { t } = useTranslation(['shell', 'common']);
  useMarkAppReady();
  return (
    <section className="screen screen-failed" role="alert">
      <h1 className="screen-title">{t('screenLoadFailedTitle')}</h1>
      <p>{t('screenLoadFailedMessage')}</p>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t('common:reloadAction')}
      </button>
    </section>
  );
}
