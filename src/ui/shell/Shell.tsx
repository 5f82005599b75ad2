/**
 * The signed-in layout: skip link, header, the role's menu beside the current screen.
 * Landmarks (banner, navigation, main) let screen reader users jump between them.
 */
import type { SessionUser } from '../../client/stores/sessionStore';
import { screenFor } from '../navigation/screens';
import { useRequestedScreen } from '../navigation/useRequestedScreen';
import { Header } from './Header';
import { RoleNavigation } from './RoleNavigation';
import { ScreenOutlet } from './ScreenOutlet';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { UpdateBanner } from './UpdateBanner';
import { UserBadge } from './UserBadge';

export function Shell({ user }: { user: SessionUser }) {
  const screen = screenFor(user.role, useRequestedScreen());
  return (
    <div className="app">
      <SkipLink />
      <Header />
      <UpdateBanner />
      <div className="app-body">
        <aside className="app-sidebar">
          <UserBadge user={user} />
          <RoleNavigation role={user.role} current={screen} />
        </aside>
        <main id={MAIN_CONTENT_ID} className="app-main" tabIndex={-1}>
          <ScreenOutlet screen={screen} />
        </main>
      </div>
    </div>
  );
}
