/**
 * Rows whose content is never changed in place once stored: an item of the bank. A change
 * is a new version (a new row), so a pupil who was given the old version is scored against
 * what they saw. The server refuses a person's write that changes a stored item's content
 * (`authorizeMutation`); the laptop's commands never make one. Retiring a version
 * (`supersededById`) and removing it (`deleted`) remain writes of the row.
 */
import { ITEM_CONTENT_FIELDS } from '../domain/entities/item';
import type { TableName } from '../domain/tables';
import { sameValue } from './mergeRow';

export function changesFrozenContent(
  table: TableName,
  stored: Readonly<Record<string, unknown>> | undefined,
  fields: Readonly<Record<string, unknown>>,
): boolean {
  if (table !== 'items' || stored === undefined) return false;
  return ITEM_CONTENT_FIELDS.some((f) => f in fields && !sameValue(stored[f], fields[f]));
}
