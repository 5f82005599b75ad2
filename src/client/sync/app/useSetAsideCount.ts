/** The set-aside rows' count for a screen (rule C3), 0 until first read. */
import { useEffect, useState } from 'react';
import { watchSetAsideCount } from '@/client/db/watchSetAsideCount';

export function useSetAsideCount(dbName: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => watchSetAsideCount(dbName, setCount), [dbName]);
  return count;
}
