/**
 * The one live read for screens: `read` runs against the signed-in person's database when
 * the component shows or `inputs` change, and again after any change to a table it opened
 * (a write here, a row stored by sync, another tab's write). The tables are found by running
 * the read (`watchRead` on a tracking view), so none is listed by hand and none can be
 * forgotten. `undefined` until the first result for these inputs; later changes replace the
 * value in place with no loading flash; a failed read is thrown to the screen's boundary.
 *
 * Reads live in the feature's folder (`src/client/<feature>/`), named `read*`, and take the
 * database first; a feature's hook wraps them: `useLiveRead((db) => readX(db, id), [id])`.
 */
import { startTransition, useEffect, useState } from 'react';
import type { SandyqDb } from '../db/db';
import { watchRead } from '../db/queries/watchRead';
import { useWorkspace } from './useWorkspace';

type State<T> = { readonly key: string; readonly value: T } | { readonly key: string; readonly error: unknown };

export function useLiveRead<T>(read: (db: SandyqDb) => Promise<T>, inputs: readonly unknown[]): T | undefined {
  const { db } = useWorkspace();
  const key = JSON.stringify([db.name, ...inputs]);
  const [state, setState] = useState<State<T> | undefined>();

  useEffect(
    // A transition: a large register or report renders in slices, never freezing input.
    () => watchRead(db, [], read, (outcome) => startTransition(() => setState({ key, ...outcome }))),
    // `key` stands for the database and every input; `read` is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  if (state === undefined || state.key !== key) return undefined;
  if ('error' in state) throw state.error;
  return state.value;
}
