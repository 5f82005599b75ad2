import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, syncedRowSchema } from '@/domain/entities';
import { MIGRATIONS, MigrationRefusal, isOutdated, migrateRow, runMigrations } from '@/domain/migrations';
import { TABLE_NAMES } from '@/domain/tables';

/** A class set as version 1 stored it: one `grade`, with that field's clock. */
const CLASS_SET_V1 = {
  id: '0190f3c2-7a1b-7c3d-8e4f-0123456789ab',
  schoolId: 'school-1',
  schemaVersion: 1,
  clocks: {
    name: '2025-08-20T05:00:00.000Z-0000-000000000000000a',
    grade: '2025-08-21T05:00:00.000Z-0000-000000000000000a',
  },
  name: '7 Ә',
  grade: 7,
  language: 'kk',
  academicYearId: 'year-1',
  status: 'active',
};

describe('migrateRow', () => {
  it('classSets v1 → v2: the single grade becomes a one-grade list and keeps its clock', () => {
    const result = migrateRow('classSets', CLASS_SET_V1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual(['classSets/gradeToGrades']);
    expect(result.fromVersion).toBe(1);
    expect(result.row).toMatchObject({ grades: [7], schemaVersion: 2, name: '7 Ә', id: CLASS_SET_V1.id });
    expect(result.row).not.toHaveProperty('grade');
    expect(result.row['clocks']).toEqual({ name: CLASS_SET_V1.clocks.name, grades: CLASS_SET_V1.clocks.grade });
    expect(syncedRowSchema('classSets').safeParse(result.row).success).toBe(true);
  });

  it('upgrades a partial v1 change that did not touch the migrated field without inventing it', () => {
    const partial = { schemaVersion: 1, clocks: { name: CLASS_SET_V1.clocks.name }, name: '7 Б' };
    const result = migrateRow('classSets', partial);
    expect(result.ok && result.row).toEqual({ ...partial, schemaVersion: 2 });
  });

  it('returns a current row unchanged', () => {
    const current = { ...CLASS_SET_V1, schemaVersion: 2 };
    const result = migrateRow('classSets', current);
    expect(result).toEqual({ ok: true, row: current, fromVersion: 2, applied: [] });
    expect(isOutdated('classSets', current)).toBe(false);
    expect(isOutdated('classSets', CLASS_SET_V1)).toBe(true);
  });

  it('refuses a row from a newer schema instead of guessing', () => {
    const result = migrateRow('classSets', { ...CLASS_SET_V1, schemaVersion: 3 });
    expect(result).toEqual({ ok: false, reason: MigrationRefusal.newerVersion, rowVersion: 3, currentVersion: 2 });
  });

  it('refuses a row without a valid schema version', () => {
    for (const v of [undefined, 0, 1.5, '1']) {
      const result = migrateRow('pupils', { schemaVersion: v });
      expect(result.ok === false && result.reason).toBe(MigrationRefusal.invalidVersion);
    }
  });

  it('reports the step that failed instead of returning a half-upgraded row', () => {
    const steps = [
      { toVersion: 2, name: 'demo/ok', up: (r: Record<string, unknown>) => ({ ...r, a: 1 }) },
      {
        toVersion: 3,
        name: 'demo/needsText',
        up: (r: Record<string, unknown>) => ({ ...r, b: (r['text'] as string).toUpperCase() }),
      },
    ];
    expect(runMigrations(steps, 3, { schemaVersion: 1 })).toEqual({
      ok: false,
      reason: MigrationRefusal.stepFailed,
      rowVersion: 1,
      currentVersion: 3,
      step: 'demo/needsText',
    });
    expect(runMigrations(steps, 3, { schemaVersion: 2, text: 'x' })).toMatchObject({ ok: true, applied: ['demo/needsText'] });
  });
});

describe('migration steps', () => {
  it('every table has a gapless path from version 1 to its current version', () => {
    for (const table of TABLE_NAMES) {
      const versions = (MIGRATIONS[table] ?? []).map((s) => s.toVersion);
      const expected = Array.from({ length: SCHEMA_VERSIONS[table] - 1 }, (_, i) => i + 2);
      expect(versions, table).toEqual(expected);
    }
  });

  it('step names are unique and say which table they belong to', () => {
    const names = TABLE_NAMES.flatMap((t) => (MIGRATIONS[t] ?? []).map((s) => ({ t, name: s.name })));
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
    for (const { t, name } of names) expect(name.startsWith(`${t}/`)).toBe(true);
  });
});
