/**
 * Runs sync for the signed-in user while the shell shows them: the sync client loads after
 * the first paint (it brings the database library and the protocol), starts its scheduler,
 * and stops when the person switches or signs out, so one user's sync never runs under
 * another's session.
 */
import { useEffect } from 'react';
import type { SignedInUser } from '@/client/stores/sessionStore';

export function useSessionSync(user: SignedInUser): void {
  const { id, dbName } = user;
  useEffect(() => {
    let isCurrent = true;
    let stop: (() => void) | undefined;
    import('@/client/sync/app/sessionSync').then(
      (module) => {
        if (isCurrent) stop = module.startSessionSync(user).stop;
      },
      (error: unknown) => console.error('The sync client could not load', error),
    );
    return () => {
      isCurrent = false;
      stop?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the session object changes on every rehydration; the person and their database do not.
  }, [id, dbName]);
}
