/**
 * The people who have signed in on this laptop, for the tiles: `undefined` while the list
 * loads, then the list (empty on a new laptop). `reload` after a removal or a sign-in.
 * A profiles database that cannot open gives an empty list (the storage failure itself is
 * shown full screen), so sign-in with a login and password still works.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ProfileSummary } from '@/client/auth/deviceProfiles';
import { loadDeviceProfiles } from './loadSignIn';

export function useDeviceProfiles(): { profiles: ProfileSummary[] | undefined; reload: () => void } {
  const [profiles, setProfiles] = useState<ProfileSummary[] | undefined>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    loadDeviceProfiles()
      .then((module) => module.listDeviceProfiles())
      .catch(() => [])
      .then((list) => isCurrent && setProfiles(list));
    return () => {
      isCurrent = false;
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { profiles, reload };
}
