/**
 * The history of the device database's schema, as data: Dexie versions in order, each with
 * the stores it adds or changes and an optional upgrade that rewrites rows.
 *
 * WARNING: an entry that has shipped is NEVER edited, reordered or removed. Devices in the
 * field hold databases at every version in this list, and Dexie upgrades them by replaying
 * the entries after theirs. To change the schema, append a new entry (stores list only the
 * tables it adds or changes; `null` deletes a table). `tests/unit/client/db/versions.test.ts`
 * pins a fingerprint of every shipped entry and opens a database of each older version with
 * rows in it.
 *
 * Store syntax (Dexie): first the primary key, then indexes; `[a+b]` compound, `*a`
 * multi-entry (one index entry per array element), `++a` auto-increment. IndexedDB cannot
 * index booleans, and a row missing any part of a compound index is left out of it.
 * Upgrades get the transaction and the database's env (clock, random bytes), and must write
 * the shape of THEIR version, not whatever the current code writes.
 */
import type { Transaction } from 'dexie';
import { uuidv7 } from '@/domain/ids';
import type { DbEnv } from './dbEnv';

export interface DbVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction, env: DbEnv) => Promise<void> | void;
}

/** Internal tables; the `$` keeps them apart from synced tables at a glance. */
export const InternalTable = {
  outbox: '$outbox',
  syncState: '$syncState',
  rejections: '$rejections',
  setAside: '$setAside',
  attemptDrafts: '$attemptDrafts',
} as const;
export type InternalTable = (typeof InternalTable)[keyof typeof InternalTable];

const v1: DbVersion = {
  version: 1,
  stores: {
    schools: 'id',
    academicYears: 'id, schoolId',
    classSets: 'id, schoolId',
    pupils: 'id, schoolId',
    enrolments: 'id, schoolId',
    staff: 'id, schoolId',
    groups: 'id, schoolId',
    subjects: 'id, schoolId',
    timetableSlots: 'id, schoolId',
    lessonSessions: 'id, schoolId',
    attendanceMarks: 'id, schoolId',
    calendarPlans: 'id, schoolId',
    lessonPlans: 'id, schoolId',
    resources: 'id, schoolId',
    sections: 'id, schoolId',
    topics: 'id, schoolId',
    learningObjectives: 'id, schoolId',
    assessments: 'id, schoolId',
    items: 'id, schoolId',
    assignments: 'id, schoolId',
    attempts: 'id, schoolId',
    answers: 'id, schoolId',
    marks: 'id, schoolId',
    feedback: 'id, schoolId',
    gradingPolicies: 'id, schoolId',
    welfareRecords: 'id, schoolId',
    conflicts: 'id, schoolId',
    $outbox: '++seq, userId',
    $syncState: 'key',
  },
};

/**
 * v2: the indexes the screens query by, and the device identity (v1 had none: a device
 * created at v1 gets its identity here, before it can have synced anything).
 */
const v2: DbVersion = {
  version: 2,
  stores: {
    classSets: 'id, schoolId, academicYearId, status',
    pupils: 'id, schoolId, classSetId, status',
    enrolments: 'id, schoolId, pupilId, classSetId',
    staff: 'id, schoolId, status',
    groups: 'id, schoolId, teacherId, assistantId, *pupilIds',
    timetableSlots: 'id, schoolId, classSetId, groupId, teacherId, assistantId',
    lessonSessions: 'id, schoolId, date, [classSetId+date], [groupId+date], teacherId, assistantId, slotId',
    attendanceMarks: 'id, schoolId, sessionId, [pupilId+date], [classSetId+date]',
    calendarPlans: 'id, schoolId, [subjectId+grade], academicYearId',
    lessonPlans: 'id, schoolId, sessionId, subjectId, authorId',
    // Compound and multi-entry cannot mix: list by subject, then filter on grades.
    resources: 'id, schoolId, subjectId, *grades, *topicIds, kind',
    sections: 'id, schoolId, [subjectId+grade]',
    topics: 'id, schoolId, sectionId, [subjectId+grade]',
    learningObjectives: 'id, schoolId, topicId, [subjectId+grade]',
    assessments: 'id, schoolId, subjectId, sectionId, kind',
    items: 'id, schoolId, subjectId, topicId, [subjectId+grade]',
    assignments: 'id, schoolId, assessmentId, resourceId, classSetId, groupId',
    attempts: 'id, schoolId, pupilId, assignmentId, assessmentId',
    answers: 'id, schoolId, attemptId, pupilId, itemId',
    marks: 'id, schoolId, [pupilId+subjectId], [classSetId+subjectId], classSetId, lessonSessionId, attemptId',
    feedback: 'id, schoolId, pupilId, aboutId',
    welfareRecords: 'id, schoolId, pupilId',
    conflicts: 'id, schoolId, [table+rowId], status',
  },
  upgrade: async (tx, env) => {
    const syncState = tx.table('$syncState');
    if (await syncState.get('device')) return;
    const now = env.now();
    const node = Array.from(env.randomBytes(8), (b) => b.toString(16).padStart(2, '0')).join('');
    const deviceId = uuidv7(now, env.randomBytes(10));
    await syncState.put({ key: 'device', value: { deviceId, hlcNode: node, createdAt: now } });
  },
};

/** v3: changes the server refused (rule S3), kept for their authors to read. */
const v3: DbVersion = {
  version: 3,
  stores: {
    $rejections: 'seq, userId, [table+rowId]',
  },
};

/** v4: pulled rows the device could not take (rule C3), set aside instead of folded. */
const v4: DbVersion = {
  version: 4,
  stores: {
    $setAside: '++id, receivedAt',
  },
};

/** v5: lesson observations (issue 9), listed by the observed teacher and by the observer. */
const v5: DbVersion = {
  version: 5,
  stores: {
    lessonObservations: 'id, schoolId, teacherId, observerId, lessonPlanId',
  },
};

/**
 * v6: attempt results (issue 10), and the indexes assessments are read by: a pupil's
 * attempts of an assignment, an item's versions; and `$attemptDrafts`, a pupil's attempts
 * in progress on this laptop (never synced: the attempt syncs whole when submitted).
 */
const v6: DbVersion = {
  version: 6,
  stores: {
    attemptResults: 'id, schoolId, attemptId, pupilId, assignmentId, assessmentId',
    attempts: 'id, schoolId, pupilId, assignmentId, assessmentId, [assignmentId+pupilId]',
    items: 'id, schoolId, subjectId, topicId, [subjectId+grade], versionOf',
    $attemptDrafts: 'id, pupilId, assignmentId',
  },
};

/**
 * v7 (issue 12): the tables a term fills by the tens of thousands keep only the indexes a
 * read uses. Each index is one more write per row and per change; on a new laptop's first
 * pull of a term (answers 36,000 rows, attendance marks 23,000, marks 7,000) keeping the
 * unused ones was most of the time spent storing. Rows are untouched: IndexedDB drops an
 * index without rewriting the store. Before adding an index back, name the read that uses it.
 * - answers: `pupilId` (a class's study time); not school, attempt or item.
 * - attendanceMarks: `sessionId` (the register), `[pupilId+date]`, `[classSetId+date]` (reports); not school.
 * - marks: `schoolId` (the school's achievement), `[pupilId+subjectId]`, `[classSetId+subjectId]`
 *   (gradebooks); not class set alone, lesson or attempt.
 * - lessonSessions: `date` (the day), `[classSetId+date]`, `[groupId+date]`; not school,
 *   slot, teacher or assistant.
 */
const v7: DbVersion = {
  version: 7,
  stores: {
    answers: 'id, pupilId',
    attendanceMarks: 'id, sessionId, [pupilId+date], [classSetId+date]',
    marks: 'id, schoolId, [pupilId+subjectId], [classSetId+subjectId]',
    lessonSessions: 'id, date, [classSetId+date], [groupId+date]',
  },
};

/**
 * v8 (issue 13): the school's link measurements, read in time order (the connectivity
 * screen, the sync client's budget from the latest one). Nothing else changes: a device at 7
 * opens at 8 with its rows as they were.
 */
const v8: DbVersion = {
  version: 8,
  stores: {
    linkMeasurements: 'id, measuredAt',
  },
};

export const DB_VERSIONS: readonly DbVersion[] = [v1, v2, v3, v4, v5, v6, v7, v8];

export const LATEST_DB_VERSION: number = DB_VERSIONS[DB_VERSIONS.length - 1]!.version;
