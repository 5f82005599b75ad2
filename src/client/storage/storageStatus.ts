/**
 * How much room the device gives Sandyq, and whether the browser may evict its data.
 *
 * Browsers may clear "best-effort" site storage under disk pressure; a school laptop full
 * of downloaded lessons is exactly that case, and the outbox would go with it. Persistent
 * storage asks the browser not to. Chrome grants it without a prompt to installed or
 * engaged sites, Firefox asks the user: so `requestPersistentStorage` is called from a user
 * action (e.g. "Keep data on this device"), never at startup.
 *
 * Every function is safe where the API is missing (Node tests, old browsers): it answers
 * `undefined` / `false` instead of throwing.
 */

export interface StorageStatus {
  /** Bytes used by this origin, when the browser says. */
  usage?: number;
  /** Bytes this origin may use, when the browser says. */
  quota?: number;
  /** Whether the browser has promised not to evict the data; `undefined`: cannot tell. */
  persisted?: boolean;
}

type StorageApi = Partial<Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>>;

function storageApi(): StorageApi | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageApi } }).navigator;
  return nav?.storage;
}

async function attempt<T>(call: (() => Promise<T>) | undefined): Promise<T | undefined> {
  if (!call) return undefined;
  try {
    return await call();
  } catch {
    return undefined;
  }
}

export async function getStorageStatus(api: StorageApi | undefined = storageApi()): Promise<StorageStatus> {
  const [estimate, persisted] = await Promise.all([attempt(api?.estimate?.bind(api)), attempt(api?.persisted?.bind(api))]);
  const status: StorageStatus = {};
  if (typeof estimate?.usage === 'number') status.usage = estimate.usage;
  if (typeof estimate?.quota === 'number') status.quota = estimate.quota;
  if (typeof persisted === 'boolean') status.persisted = persisted;
  return status;
}

/** Asks the browser to keep this origin's data; true when granted. Call on a user action. */
export async function requestPersistentStorage(api: StorageApi | undefined = storageApi()): Promise<boolean> {
  return (await attempt(api?.persist?.bind(api))) === true;
}
