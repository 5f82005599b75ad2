/**
 * How many changes of the signed-in person wait on this laptop to be sent, live from their
 * data database's outbox: it moves the moment a screen writes or sync acknowledges. Other
 * people's waiting changes on a shared laptop are theirs, not counted. `null` when the
 * database cannot be read (the failure itself is reported full screen).
 */
import { countPending } from '@/client/db/outbox';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { useLiveRead } from '@/client/workspace/useLiveRead';

export function usePendingCount(): number | null | undefined {
  const { id } = useSignedInUser();
  return useLiveRead((db) => countPending(db, id).catch(() => null), [id]);
}
