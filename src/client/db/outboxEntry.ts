/**
 * What the `$outbox` table holds: a change waiting to be pushed, plus the user who made it.
 * A shared laptop holds the changes of several users; the server keeps one mutation stream
 * per (device, user) and authorizes each with its author's session, so the sync client
 * pushes each user's entries, oldest first, with that user's token (rule S1).
 *
 * `seq` comes from IndexedDB's key generator: strictly increasing, never reused, even after
 * entries are removed, for the life of the database (and so of the device identity).
 */
import type { OutboxEntry } from '@/sync/change';

export interface LocalOutboxEntry extends OutboxEntry {
  userId: string;
}

/** An entry as read back: its `seq` is always set once stored. */
export type PendingChange = LocalOutboxEntry & { seq: number };
