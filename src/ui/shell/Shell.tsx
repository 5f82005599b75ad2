/**
 * The signed-in layout: skip link, header, sync notices, the role's menu beside the
 * current screen. Landmarks (banner, navigation, main) let screen reader users jump
 * between them. Sync for this person runs while the shell shows them. Every screen below
 * reads and writes as this person (`SessionContext`: their database and author, `src/client/workspace`).
 */
import { lazy, Suspense } from 'react';
import { loadNamespace } from '@/client/i18n/i18n';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { SessionContext } from '@/client/workspace/sessionContext';
import { NAV_LABEL_KEYS } from '../navigation/screens';
import { useCurrentScreen } from '../navigation/useCurrentScreen';
import { useDocumentTitle } from '../navigation/useDocumentTitle';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSessionSync } from '../sync/useSessionSync';
import { Header } from './Header';
import { RoleNavigation } from './RoleNavigation';
import { ScreenOutlet } from './ScreenOutlet';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { UpdateBanner } from './UpdateBanner';

const SyncNotices = lazy(async () => (await Promise.all([import('../sync/SyncNotices'), loadNamespace('sync')]))[0]);

export function Shell({ user }: { user: SignedInUser }) {
  const { t } = useTranslation(['shell']);
  const screen = useCurrentScreen(user.role);
  useDocumentTitle(t(NAV_LABEL_KEYS[screen]));
  useSessionSync(user);
  return (
    <SessionContext.Provider value={user}>
      <div className="app">
        <SkipLink />
        <Header user={user} />
        <UpdateBanner />
        <Suspense fallback={null}>
          <SyncNotices user={user} />
        </Suspense>
        <div className="app-body">
          <aside className="app-sidebar">
            <RoleNavigation role={user.role} current={screen} />
          </aside>
          <main id={MAIN_CONTENT_ID} className="app-main" tabIndex={-1}>
            <ScreenOutlet screen={screen} />
          </main>
        </div>
      </div>
    </SessionContext.Provider>
  );
}
