/**
 * The server skips `mayWriteFields` for a table `hasFieldWriterRules` says has no rule, so
 * the two must agree: both come from one table of rules, and this checks the seam.
 */
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '@/domain/tables';
import { Role } from '@/domain/roles';
import { hasFieldWriterRules, mayWriteFields } from '@/sync/fieldWriters';

describe('field writer rules', () => {
  it('names the four tables with rules of their own', () => {
    expect(TABLE_NAMES.filter(hasFieldWriterRules).sort()).toEqual(['attemptResults', 'attempts', 'groups', 'lessonObservations']);
  });

  it('a table without a rule lets its writers write any field; each table with one refuses some write', () => {
    const nobody = { roles: [Role.pupil] };
    for (const table of TABLE_NAMES.filter((t) => !hasFieldWriterRules(t))) {
      expect(mayWriteFields(table, nobody, {}, ['approvedById', 'recordedById', 'itemScores', 'teacherAnswer'], { approvedById: 'x' }), table).toBe(
        true,
      );
    }
    expect(mayWriteFields('groups', nobody, {}, ['approvedById'], { approvedById: 'x' })).toBe(false);
    expect(mayWriteFields('attempts', nobody, { recordedById: 's1' }, ['recordedById'])).toBe(false);
    expect(mayWriteFields('attemptResults', nobody, {}, ['itemScores'])).toBe(false);
    expect(mayWriteFields('lessonObservations', nobody, { observerId: 's1' }, ['notes'])).toBe(false);
  });
});
