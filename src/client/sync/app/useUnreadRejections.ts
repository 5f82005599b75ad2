/**
 * The signed-in person's refused changes they have not read yet (rule S3), live, each with
 * the record's name as this laptop now holds it, and how to mark them read.
 */
import { useCallback } from 'react';
import type { RejectedChange } from '@/client/db/rejectedChange';
import { useWorkspace } from '@/client/workspace/useWorkspace';
import { useLiveRead } from '@/client/workspace/useLiveRead';
import { markRejectionsRead, unreadRejections } from './rejectedChanges';

export type { RejectedChange };

export interface ShownRejection {
  readonly change: RejectedChange;
  /** The record's name as this laptop now holds it, when it has one. */
  readonly where?: string;
}

const NAME_FIELDS = ['name', 'title', 'surname'] as const;

function nameOf(row: Record<string, unknown> | undefined): string | undefined {
  for (const field of NAME_FIELDS) if (typeof row?.[field] === 'string') return row[field];
  return undefined;
}

export function useUnreadRejections(): { readonly shown: readonly ShownRejection[]; markRead(): Promise<void> } {
  const { db, user } = useWorkspace();
  const shown = useLiveRead(
    async (db): Promise<ShownRejection[]> => {
      const changes = await unreadRejections(db, user.id);
      return Promise.all(
        changes.map(async (change) => {
          const where = nameOf(await db.records(change.table).get(change.rowId)) ?? nameOf(change.fields);
          return where === undefined ? { change } : { change, where };
        }),
      );
    },
    [user.id],
  );
  const markRead = useCallback(() => markRejectionsRead(db, user.id, Date.now()), [db, user.id]);
  return { shown: shown ?? [], markRead };
}
