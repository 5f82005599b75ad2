/**
 * The Web Lock a sync of one device database holds: every tab, and every user's pass on
 * the laptop, takes the same lock for the same database, so its outbox and cursor are
 * only ever moved by one pass at a time.
 */
export function syncLockName(dbName: string): string {
  return `sandyq-sync:${dbName}`;
}
