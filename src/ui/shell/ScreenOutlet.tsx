/**
 * Renders the current screen: its lazily loaded chunk inside Suspense (a quiet "loading"
 * line while it arrives) and inside its own error boundary, so a chunk that cannot load
 * (offline before the app was stored) costs one screen, not the whole app.
 */
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ScreenFocus } from '../components/ScreenFocus';
import { ScreenErrorBoundary } from '../errors/ScreenErrorBoundary';
import { SCREEN_COMPONENTS } from '../navigation/screenComponents';
import type { Screen } from '../navigation/screens';

export function ScreenOutlet({ screen }: { screen: Screen }) {
  const { t } = useTranslation('common');
  const firstScreen = useRef(screen);
  const hasNavigated = useRef(false);
  useEffect(() => {
    if (screen !== firstScreen.current) hasNavigated.current = true;
  }, [screen]);
  const ScreenComponent = SCREEN_COMPONENTS[screen];
  return (
    <ScreenFocus.Provider value={hasNavigated.current || screen !== firstScreen.current}>
      <ScreenErrorBoundary key={screen}>
        <Suspense fallback={<p className="screen-loading">{t('loadingMessage')}</p>}>
          <ScreenComponent />
        </Suspense>
      </ScreenErrorBoundary>
    </ScreenFocus.Provider>
  );
}
