/**
 * The read rules (P2) as a role × audience matrix written out by hand, so a change to
 * `readAccess.ts` has to change this table too. The same module drives the server's pull:
 * tests/integration/security/roleMatrix.test.ts checks that what each role really pulls on
 * PGlite and PostgreSQL is what `mayRead` says here.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '@/domain/roles';
import { TABLE_NAMES } from '@/domain/tables';
import {
  clocksSeenBy,
  fieldsSeenBy,
  grantsEverything,
  mayRead,
  readerKindOf,
  ReaderKind,
  readGrants,
  rowAccessOf,
  writesOnlyOwnRows,
  type RowAccess,
} from '@/sync/readAccess';
import { Audience, TABLE_RULES } from '@/sync/tableRules';

const ME = 'pupil-me';
const CLASSMATE = 'pupil-classmate';
const MY_CLASS = 'class-mine';

/** One row of each shape the rules tell apart. */
const ROWS = {
  school: { audience: Audience.school, pupilId: null, classSetId: null },
  schoolStaff: { audience: Audience.schoolStaff, pupilId: null, classSetId: null },
  myClass: { audience: Audience.classSet, pupilId: null, classSetId: MY_CLASS },
  otherClass: { audience: Audience.classSet, pupilId: null, classSetId: 'class-other' },
  myClassNarrowedToMe: { audience: Audience.classSet, pupilId: null, classSetId: MY_CLASS, pupilIds: [CLASSMATE, ME] },
  myClassNarrowedToOthers: { audience: Audience.classSet, pupilId: null, classSetId: MY_CLASS, pupilIds: [CLASSMATE] },
  myMark: { audience: Audience.pupil, pupilId: ME, classSetId: MY_CLASS },
  classmatesMark: { audience: Audience.pupil, pupilId: CLASSMATE, classSetId: MY_CLASS },
  myRecord: { audience: Audience.self, pupilId: ME, classSetId: MY_CLASS },
  classmatesRecord: { audience: Audience.self, pupilId: CLASSMATE, classSetId: MY_CLASS },
} satisfies Record<string, RowAccess>;
type RowName = keyof typeof ROWS;

const y = true;
const n = false;
/** role → row → may read. */
const MATRIX: Record<Role, Record<RowName, boolean>> = {
  head: {
    school: y,
    schoolStaff: y,
    myClass: y,
    otherClass: y,
    myClassNarrowedToMe: y,
    myClassNarrowedToOthers: y,
    myMark: y,
    classmatesMark: y,
    myRecord: y,
    classmatesRecord: y,
  },
  teacher: {
    school: y,
    schoolStaff: y,
    myClass: y,
    otherClass: y,
    myClassNarrowedToMe: y,
    myClassNarrowedToOthers: y,
    myMark: y,
    classmatesMark: y,
    myRecord: y,
    classmatesRecord: y,
  },
  assistant: {
    school: y,
    schoolStaff: y,
    myClass: y,
    otherClass: y,
    myClassNarrowedToMe: y,
    myClassNarrowedToOthers: y,
    myMark: y,
    classmatesMark: y,
    myRecord: y,
    classmatesRecord: y,
  },
  methodologist: {
    school: y,
    schoolStaff: n,
    myClass: y,
    otherClass: y,
    myClassNarrowedToMe: y,
    myClassNarrowedToOthers: y,
    myMark: y,
    classmatesMark: y,
    myRecord: y,
    classmatesRecord: y,
  },
  pupil: {
    school: y,
    schoolStaff: n,
    myClass: y,
    otherClass: n,
    myClassNarrowedToMe: y,
    myClassNarrowedToOthers: n,
    myMark: y,
    classmatesMark: n,
    myRecord: y,
    classmatesRecord: n,
  },
};

const readerOf = (roles: Role[]) => ({ roles, pupilId: ME, classSetId: MY_CLASS });

describe('P2: who reads what (readAccess)', () => {
  for (const role of Object.values(Role)) {
    for (const row of Object.keys(ROWS) as RowName[]) {
      const expected = MATRIX[role][row];
      it(`P2: a ${role} ${expected ? 'reads' : 'never reads'} ${row}`, () => {
        expect(mayRead(readerOf([role]), ROWS[row])).toBe(expected);
      });
    }
  }

  it('P2: the widest role decides: a methodologist who also teaches reads staff-only rows, a pupil who is also a methodologist reads as a methodologist', () => {
    expect(readerKindOf([Role.methodologist, Role.teacher])).toBe(ReaderKind.schoolStaff);
    expect(readerKindOf([Role.pupil, Role.methodologist])).toBe(ReaderKind.methodologist);
    expect(mayRead(readerOf([Role.pupil, Role.methodologist]), ROWS.schoolStaff)).toBe(false);
    expect(mayRead(readerOf([Role.pupil, Role.methodologist]), ROWS.classmatesMark)).toBe(true);
  });

  it('P2: an account with no role, or a pupil account without a pupil record, reads only school rows', () => {
    expect(readerKindOf([])).toBe(ReaderKind.pupil);
    const orphan = { roles: [Role.pupil] };
    for (const row of Object.keys(ROWS) as RowName[]) expect(mayRead(orphan, ROWS[row]), row).toBe(row === 'school');
  });

  it('P2: school staff are granted every row, so their pull needs no filter; nobody else is', () => {
    for (const role of Object.values(Role)) {
      expect(grantsEverything(readGrants(readerOf([role]))), role).toBe(readerKindOf([role]) === ReaderKind.schoolStaff);
    }
  });

  it("P2: a pupil's copy of a row listing pupils names that pupil alone; staff see the list", () => {
    const fields = { title: 'Homework', pupilIds: [CLASSMATE, ME] };
    expect(fieldsSeenBy(readerOf([Role.pupil]), 'assignments', fields)).toEqual({ title: 'Homework', pupilIds: [ME] });
    expect(fieldsSeenBy(readerOf([Role.teacher]), 'assignments', fields)).toBe(fields);
    expect(fieldsSeenBy(readerOf([Role.pupil]), 'assignments', { title: 'Reading' })).toEqual({ title: 'Reading' });
  });

  it("P2: a pupil's copy of an item has no key nor explanation unless the item is self-check; staff and methodologists get the whole item", () => {
    const item = { prompt: '2 + 2 = ?', key: { kind: 'number', value: 4, tolerance: 0 }, explanation: 'Two and two', points: 1 };
    const clocks = { prompt: 'p', key: 'k', explanation: 'e', points: 'q' };
    const seen = fieldsSeenBy(readerOf([Role.pupil]), 'items', item);
    expect(seen).toEqual({ prompt: '2 + 2 = ?', points: 1 });
    expect(clocksSeenBy(seen, clocks)).toEqual({ prompt: 'p', points: 'q' });
    expect(fieldsSeenBy(readerOf([Role.pupil]), 'items', { ...item, selfCheck: true })).toEqual({ ...item, selfCheck: true });
    expect(fieldsSeenBy(readerOf([Role.teacher]), 'items', item)).toBe(item);
    expect(fieldsSeenBy(readerOf([Role.methodologist]), 'items', item)).toBe(item);
    expect(clocksSeenBy(item, clocks)).toBe(clocks);
  });

  it('P2: a row is owned by its pupilId, and a self row (a pupil record) by its id, for every table', () => {
    for (const table of TABLE_NAMES) {
      const access = rowAccessOf(table, 'row-id', { pupilId: ME, classSetId: MY_CLASS });
      expect(access.audience).toBe(TABLE_RULES[table].audience);
      expect(access.pupilId).toBe(TABLE_RULES[table].audience === Audience.self ? 'row-id' : ME);
      expect(access.classSetId).toBe(MY_CLASS);
    }
  });

  it('S3: everyone but school staff writes only rows of their own pupil record', () => {
    expect(writesOnlyOwnRows([Role.pupil])).toBe(true);
    expect(writesOnlyOwnRows([Role.pupil, Role.methodologist])).toBe(true);
    expect(writesOnlyOwnRows([Role.methodologist])).toBe(true);
    expect(writesOnlyOwnRows([Role.assistant])).toBe(false);
  });
});
