/** The signed-in person's workspace (database and author), the same object while they stay signed in. */
import { useMemo } from 'react';
import { useSignedInUser } from './sessionContext';
import { openWorkspace, type Workspace } from './workspace';

export function useWorkspace(): Workspace {
  const user = useSignedInUser();
  return useMemo(() => openWorkspace(user), [user]);
}
