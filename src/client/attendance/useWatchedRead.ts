/**
 * A read of the device database kept current for a screen (`watchRead`): run when the
 * component shows or its inputs change, and again after any change to a table it reads.
 * `undefined` until the first result for these inputs; later changes replace the value in
 * place, with no loading flash; a failed read is thrown to the screen's error boundary.
 * `tables` may list tables up front; any the read opens are watched whether listed or not.
 */
import { useEffect, useState } from 'react';
import type { TableName } from '../../domain/tables';
import type { SandyqDb } from '../db/db';
import { getDb } from '../db/openSandyqDb';
import { watchRead } from '../db/queries/watchRead';

type State<T> = { readonly key: string; readonly value: T } | { readonly key: string; readonly error: unknown };

export function useWatchedRead<T>(dbName: string, tables: readonly TableName[], read: (db: SandyqDb) => Promise<T>, inputs: readonly unknown[]): T | undefined {
  const key = JSON.stringify([dbName, tables, ...inputs]);
  const [state, setState] = useState<State<T> | undefined>();

  useEffect(() => {
    if (dbName === '') return;
    return watchRead(getDb(dbName), tables, read, (outcome) => setState({ key, ...outcome }));
    // `key` stands for every input; `read` is a new function on every render.
  }, [key]);

  if (state === undefined || state.key !== key) return undefined;
  if ('error' in state) throw state.error;
  return state.value;
}
