/** This laptop's device id (read once per database), to tell a conflict lost here from one lost elsewhere. */
import { useEffect, useState } from 'react';
import { getDb } from '../db/openSandyqDb';
import { readDeviceId } from '../db/queries/readDeviceId';

export function useDeviceId(dbName: string): string | undefined {
  const [deviceId, setDeviceId] = useState<string | undefined>();
  useEffect(() => {
    let isCurrent = true;
    readDeviceId(getDb(dbName)).then(
      (id) => {
        if (isCurrent) setDeviceId(id);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [dbName]);
  return deviceId;
}
