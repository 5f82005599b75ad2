/**
 * Upgrading rows written in an older schema version, on read. Each table's history is an
 * ordered list of named steps kept beside its schema (`entities/<entity>.ts`); this module
 * runs the steps a row is missing, in order, and stamps the row with the version reached.
 *
 * A row from a newer version (written by a device running a newer app) is refused with a
 * typed result, never guessed at: the caller keeps it untouched until this app updates.
 *
 * Invariant (tested): for every table, the steps' `toVersion`s are 2, 3, ... up to the
 * table's current `SCHEMA_VERSIONS` entry, with no gap, so every old row has a path.
 */
import { SCHEMA_VERSIONS } from './entities';
import { classSetMigrations } from './entities/classSet';
import type { MigrationStep, RawRow } from './entities/migrationStep';
import type { TableName } from './tables';

export type { MigrationStep, RawRow } from './entities/migrationStep';

/** Each table's migration steps, oldest first; tables never migrated have none. */
export const MIGRATIONS: Readonly<Partial<Record<TableName, readonly MigrationStep[]>>> = {
  classSets: classSetMigrations,
};

export const MigrationRefusal = {
  /** The row was written by a newer schema than this app knows. */
  newerVersion: 'newerVersion',
  /** `schemaVersion` is missing or not a whole number ≥ 1. */
  invalidVersion: 'invalidVersion',
  /** A step threw on the row's data; `step` names it. */
  stepFailed: 'stepFailed',
} as const;
export type MigrationRefusal = (typeof MigrationRefusal)[keyof typeof MigrationRefusal];

export type MigrateResult =
  | {
      readonly ok: true;
      readonly row: RawRow;
      readonly fromVersion: number;
      /** Names of the steps applied, in order; empty when the row was current. */
      readonly applied: readonly string[];
    }
  | {
      readonly ok: false;
      readonly reason: MigrationRefusal;
      readonly rowVersion: unknown;
      readonly currentVersion: number;
      readonly step?: string;
    };

/** Upgrade `row` of `table` to the current schema version, or say why it cannot be. */
export function migrateRow(table: TableName, row: RawRow): MigrateResult {
  return runMigrations(MIGRATIONS[table] ?? [], SCHEMA_VERSIONS[table], row);
}

/** Apply the `steps` a row of version `row.schemaVersion` lacks, up to `currentVersion`. */
export function runMigrations(steps: readonly MigrationStep[], currentVersion: number, row: RawRow): MigrateResult {
  const rowVersion = row['schemaVersion'];
  const refuse = (reason: MigrationRefusal, step?: string): MigrateResult => ({
    ok: false,
    reason,
    rowVersion,
    currentVersion,
    ...(step === undefined ? {} : { step }),
  });
  if (typeof rowVersion !== 'number' || !Number.isInteger(rowVersion) || rowVersion < 1) return refuse(MigrationRefusal.invalidVersion);
  if (rowVersion > currentVersion) return refuse(MigrationRefusal.newerVersion);

  let next = row;
  const applied: string[] = [];
  for (const step of steps) {
    if (step.toVersion <= rowVersion || step.toVersion > currentVersion) continue;
    try {
      next = { ...step.up(next), schemaVersion: step.toVersion };
    } catch {
      return refuse(MigrationRefusal.stepFailed, step.name);
    }
    applied.push(step.name);
  }
  return { ok: true, row: next, fromVersion: rowVersion, applied };
}

/** Whether a row needs upgrading before use (older than the table's current version). */
export function isOutdated(table: TableName, row: RawRow): boolean {
  const v = row['schemaVersion'];
  return typeof v === 'number' && v < SCHEMA_VERSIONS[table];
}
