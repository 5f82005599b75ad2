/**
 * Wraps an IndexedDB factory so that one database is only ever opened at one version.
 *
 * Why: when Dexie 4 meets a database newer than its declared schema (a VersionError), it
 * retries the open without a version and, if the newer schema lacks something it declares,
 * even bumps the version to patch it. An older build of Sandyq (a tab left open over an
 * update, a stale cached app shell) would then read and write rows of a newer shape. With
 * the version pinned, the retry fails with the same VersionError and the app tells the user
 * to reload instead (StorageErrorReason.versionTooNew).
 *
 * Side effect: Dexie compares the factory with the global one to apply a Safari 14 startup
 * workaround; behind this wrapper that workaround is off. Safari 14 is not a target.
 */
export function pinIndexedDbVersion(factory: IDBFactory, name: string, nativeVersion: number): IDBFactory {
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === 'open') {
        return (dbName: string, version?: number) => {
          if (version !== undefined) return target.open(dbName, version);
          return dbName === name ? target.open(dbName, nativeVersion) : target.open(dbName);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
