/** The menu of the current role's screens, with the current one marked for assistive tech. */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { Role } from '@/domain/roles';
import { NAV_LABEL_KEYS, ROLE_SCREENS, type Screen } from '../navigation/screens';
import { screenHref } from '../navigation/useRequestedScreen';

export function RoleNavigation({ role, current }: { role: Role; current: Screen }) {
  const { t } = useTranslation(['shell']);
  return (
    <nav className="role-navigation" aria-label={t('mainMenuLabel')}>
      <ul>
        {ROLE_SCREENS[role].map((screen) => (
          <li key={screen}>
            <a className="nav-link" href={screenHref(screen)} aria-current={screen === current ? 'page' : undefined}>
              {t(NAV_LABEL_KEYS[screen])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
