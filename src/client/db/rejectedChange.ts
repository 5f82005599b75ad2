/**
 * A change the server refused (rule S3), kept on the device for its author to see: what
 * they wrote, where, and why it did not count. Nothing a user typed disappears without a
 * word; the author can read it again and retype it where it belongs.
 */
import type { TableName } from '@/domain/tables';
import type { RejectionReason } from '@/sync/protocol';

export interface RejectedChange {
  /** The outbox seq the change had; unique per device. */
  seq: number;
  userId: string;
  table: TableName;
  rowId: string;
  reason: RejectionReason;
  issues?: string[];
  /** The fields the change wrote, as the author wrote them. */
  fields: Record<string, unknown>;
  /** Device time it was refused (ms). */
  rejectedAt: number;
  /** Set when the author has read it. */
  seenAt?: number;
}
