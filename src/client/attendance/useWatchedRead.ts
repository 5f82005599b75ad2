/**
 * A read of the device database kept current: run when the component shows or its inputs
 * change, and again after any change to the tables it reads (`watchTables`). `undefined`
 * until the first result for these inputs; later changes replace the value in place, with
 * no loading flash. Changes arriving while a read runs start one more read, never several;
 * a failed read is thrown to the screen's error boundary.
 */
import { useEffect, useState } from 'react';
import type { TableName } from '../../domain/tables';
import type { SandyqDb } from '../db/db';
import { getDb } from '../db/openSandyqDb';
import { watchTables } from '../db/queries/watchTables';

type State<T> = { readonly key: string; readonly value: T } | { readonly key: string; readonly error: unknown };

export function useWatchedRead<T>(dbName: string, tables: readonly TableName[], read: (db: SandyqDb) => Promise<T>, inputs: readonly unknown[]): T | undefined {
  const key = JSON.stringify([dbName, tables, ...inputs]);
  const [state, setState] = useState<State<T> | undefined>();

  useEffect(() => {
    if (dbName === '') return;
    const db = getDb(dbName);
    let isCurrent = true;
    let isRunning = false;
    let isStale = false;
    const run = () => {
      if (isRunning) {
        isStale = true;
        return;
      }
      isRunning = true;
      read(db).then(
        (value) => isCurrent && setState({ key, value }),
        (error: unknown) => isCurrent && setState({ key, error }),
      ).finally(() => {
        isRunning = false;
        if (isStale && isCurrent) {
          isStale = false;
          run();
        }
      });
    };
    run();
    const stop = watchTables(db, tables, run);
    return () => {
      isCurrent = false;
      stop();
    };
    // `key` stands for every input; `read` is a new function on every render.
  }, [key]);

  if (state === undefined || state.key !== key) return undefined;
  if ('error' in state) throw state.error;
  return state.value;
}
