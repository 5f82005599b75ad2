import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, SCHEMA_VERSIONS, changeFieldsSchema, entityFieldSchema, syncedRowSchema, withoutClearedFields } from '@/domain/entities';
import { META_FIELDS } from '@/domain/syncedRow';
import { TABLE_NAMES } from '@/domain/tables';
import { ValidationCode, validationProblems } from '@/domain/validation';
import { ENVELOPE, VALID, valid } from './fixtures';

describe('entity schema registry', () => {
  it('has a schema and a version ≥ 1 for every synced table', () => {
    for (const table of TABLE_NAMES) {
      expect(ENTITY_SCHEMAS[table], table).toBeDefined();
      expect(SCHEMA_VERSIONS[table], table).toBeGreaterThanOrEqual(1);
    }
  });

  it('accepts the reference fixture of every table', () => {
    for (const table of TABLE_NAMES) {
      const result = ENTITY_SCHEMAS[table].safeParse(VALID[table]);
      expect(result.success ? [] : validationProblems(result.error), table).toEqual([]);
    }
  });

  it('keeps envelope fields out of every entity (they belong to syncMetaSchema)', () => {
    for (const table of TABLE_NAMES) {
      const fields = Object.keys(ENTITY_SCHEMAS[table].shape);
      for (const meta of [...META_FIELDS, 'deleted']) expect(fields, `${table}.${meta}`).not.toContain(meta);
    }
  });

  it('puts pupilId on every table whose rows belong to one pupil', () => {
    const perPupil = ['enrolments', 'attendanceMarks', 'attempts', 'answers', 'marks', 'feedback', 'welfareRecords'] as const;
    for (const table of perPupil) expect(Object.keys(ENTITY_SCHEMAS[table].shape), table).toContain('pupilId');
  });

  it('puts classSetId on every table whose rows belong to a class set', () => {
    const perClass = ['pupils', 'enrolments', 'timetableSlots', 'lessonSessions', 'attendanceMarks', 'assignments', 'marks'] as const;
    for (const table of perClass) expect(Object.keys(ENTITY_SCHEMAS[table].shape), table).toContain('classSetId');
  });
});

describe('validation messages', () => {
  it('are i18n codes, never English prose, even for wrong types and missing fields', () => {
    const result = ENTITY_SCHEMAS.pupils.safeParse({ surname: 42, grade: 'five', status: 'gone' });
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const issue of result.error.issues) expect(issue.message, issue.path.join('.')).toMatch(/^validation\.\w+Message$/);
    const problems = validationProblems(result.error);
    expect(problems).toContainEqual({ path: 'name', code: ValidationCode.required });
    expect(problems).toContainEqual({ path: 'surname', code: ValidationCode.invalidType });
    expect(problems).toContainEqual({ path: 'status', code: ValidationCode.invalidChoice });
  });
});

describe('syncedRowSchema', () => {
  it('accepts entity fields with the envelope and keeps the entity rules', () => {
    expect(syncedRowSchema('marks').safeParse({ ...VALID.marks, ...ENVELOPE }).success).toBe(true);
    const tooHigh = syncedRowSchema('marks').safeParse({ ...valid('marks', { score: 13 }), ...ENVELOPE });
    expect(tooHigh.success).toBe(false);
  });

  it('rejects a row without its school scope', () => {
    const { schoolId: _, ...noSchool } = ENVELOPE;
    expect(syncedRowSchema('pupils').safeParse({ ...VALID.pupils, ...noSchool }).success).toBe(false);
  });
});

describe('changeFieldsSchema', () => {
  it('accepts a change carrying only some fields', () => {
    expect(changeFieldsSchema('pupils').safeParse({ grade: 6 }).success).toBe(true);
    expect(changeFieldsSchema('pupils').safeParse({ deleted: true }).success).toBe(true);
  });

  it('checks each field it carries', () => {
    const r = changeFieldsSchema('pupils').safeParse({ grade: 12 });
    expect(r.success ? [] : validationProblems(r.error)).toEqual([{ path: 'grade', code: ValidationCode.gradeRange }]);
  });

  it('rejects unknown fields instead of dropping them', () => {
    const r = changeFieldsSchema('pupils').safeParse({ nickname: 'Ару' });
    expect(r.success ? [] : validationProblems(r.error).map((p) => p.code)).toEqual([ValidationCode.unknownField]);
  });

  it('lets null clear an optional field but not a required one', () => {
    expect(changeFieldsSchema('pupils').safeParse({ patronymic: null }).success).toBe(true);
    expect(changeFieldsSchema('pupils').safeParse({ surname: null }).success).toBe(false);
    expect(withoutClearedFields({ surname: 'А', patronymic: null })).toEqual({ surname: 'А' });
  });
});

describe('entityFieldSchema', () => {
  it('returns the schema of an entity field and nothing for others', () => {
    expect(entityFieldSchema('marks', 'score')?.safeParse(-1).success).toBe(false);
    expect(entityFieldSchema('marks', 'id')).toBeUndefined();
    expect(entityFieldSchema('marks', 'toString')).toBeUndefined();
  });
});
