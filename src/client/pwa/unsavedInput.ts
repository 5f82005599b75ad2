/**
 * The forms that hold typing not yet written to the device. All data writes are local
 * first, so this is only ever what is in an input right now; but a reload would lose it,
 * so an agreed update flushes what can be flushed and then waits until none is left.
 */
import { useUiStore } from '../stores/uiStore';

type Flush = () => Promise<void>;

const holds = new Map<symbol, Flush | undefined>();

function publish(): void {
  useUiStore.getState().setUnsavedInputCount(holds.size);
}

/** Registers unsaved input; returns the release to call once it is saved or discarded. */
export function holdUnsavedInput(flush?: Flush): () => void {
  const hold = Symbol('unsavedInput');
  holds.set(hold, flush);
  publish();
  return () => {
    holds.delete(hold);
    publish();
  };
}

/** Asks every form that can save its typing now to do so. A failed save keeps its hold. */
export async function flushUnsavedInput(): Promise<void> {
  await Promise.allSettled([...holds.values()].map((flush) => flush?.()));
}

/** Resolves once no form holds unsaved input (at once if none does). */
export function whenNoUnsavedInput(): Promise<void> {
  if (holds.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useUiStore.subscribe((state) => {
      if (state.unsavedInputCount === 0) {
        stop();
        resolve();
      }
    });
  });
}
