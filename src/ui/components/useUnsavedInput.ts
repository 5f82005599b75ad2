/**
 * For a form that holds typing not yet written to the device: while `isDirty`, an update
 * of the app waits instead of reloading over it. `flush`, when given, saves the typing
 * now (a draft autosave), so an update the person agreed to need not wait for them.
 */
import { useEffect, useRef } from 'react';
import { holdUnsavedInput } from '@/client/pwa/unsavedInput';

export function useUnsavedInput(isDirty: boolean, flush?: () => Promise<void>): void {
  const latestFlush = useRef(flush);
  latestFlush.current = flush;
  useEffect(() => {
    if (!isDirty) return;
    return holdUnsavedInput(latestFlush.current && (() => latestFlush.current?.() ?? Promise.resolve()));
  }, [isDirty]);
}
