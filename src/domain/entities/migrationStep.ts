/**
 * One named step of a record's schema history, kept beside the entity's schema (as tldraw
 * keeps shape migrations beside each shape). `migrateRow` in `../migrations` runs them.
 *
 * Invariants a step must keep:
 * - It is pure and deterministic: every device and the server must upgrade a row alike.
 * - It accepts a partial row (a sync change carries only the fields it touched) and
 *   rewrites only the fields present, leaving the envelope (`id`, `schoolId`, `deleted`) alone.
 * - It moves a field's clock with the field, so per-field merge still compares like with like.
 * - A shipped step is never edited; a fix is a new step with a higher `toVersion`.
 */

/** A row as stored: entity fields plus the sync envelope, of whatever version. */
export type RawRow = Readonly<Record<string, unknown>>;

export interface MigrationStep {
  /** The schema version a row has after this step. */
  readonly toVersion: number;
  /** Stable, unique name `<table>/<whatChanged>`, for logs and tests. */
  readonly name: string;
  readonly up: (row: RawRow) => RawRow;
}

function clocksOf(row: RawRow): Record<string, string> | undefined {
  const c = row['clocks'];
  return c !== null && typeof c === 'object' ? (c as Record<string, string>) : undefined;
}

/**
 * Rename field `from` to `to`, converting its value; the field's clock moves with it.
 * A row without `from` (a partial change that did not touch it) is returned unchanged.
 */
export function renameField(row: RawRow, from: string, to: string, convert: (value: unknown) => unknown = (v) => v): RawRow {
  if (!Object.prototype.hasOwnProperty.call(row, from)) return row;
  const { [from]: value, ...rest } = row;
  const next: Record<string, unknown> = { ...rest, [to]: convert(value) };
  const clocks = clocksOf(row);
  if (clocks && from in clocks) {
    const { [from]: stamp, ...otherClocks } = clocks;
    next['clocks'] = { ...otherClocks, [to]: stamp };
  }
  return next;
}

/** Convert the value of `field` in place when the row has it; its clock stays as it is. */
export function mapField(row: RawRow, field: string, convert: (value: unknown) => unknown): RawRow {
  if (!Object.prototype.hasOwnProperty.call(row, field)) return row;
  return { ...row, [field]: convert(row[field]) };
}
