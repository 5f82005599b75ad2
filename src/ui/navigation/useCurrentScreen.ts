/**
 * The screen to show for a role and the address it is shown at. An address naming an
 * unknown screen, or one this role may not open (a pupil following a teacher's link), is
 * corrected to the role's home screen in place (no new history entry), so the address bar
 * never claims a screen that is not shown, and a reload shows the same screen.
 */
import { useEffect } from 'react';
import type { Role } from '@/domain/roles';
import { screenFor, type Screen } from './screens';
import { screenHref, useRequestedScreen } from './useRequestedScreen';

export function useCurrentScreen(role: Role): Screen {
  const requested = useRequestedScreen();
  const screen = screenFor(role, requested);
  useEffect(() => {
    if (requested !== screen) window.history.replaceState(window.history.state, '', screenHref(screen));
  }, [requested, screen]);
  return screen;
}
