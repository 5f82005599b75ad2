// Builders for the device-database tests: a fresh database per test with a pinned clock
// and deterministic random bytes, an author, and valid rows of a few tables.
import { SandyqDb, type SandyqDbOptions } from '@/client/db/db';
import type { DbEnv } from '@/client/db/dbEnv';
import type { Author } from '@/client/db/author';
import type { NewRecord } from '@/client/db/recordRow';

let counter = 0;

/** A database name no other test uses (fake-indexeddb is shared by the whole file). */
export function uniqueDbName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export interface TestEnv extends DbEnv {
  /** Sets the wall clock the database sees. */
  setNow(ms: number): void;
}

/** A wall clock standing at `startMs` until set, and random bytes from a seeded generator. */
export function testEnv(startMs = Date.UTC(2026, 8, 1, 8, 30), seed = 1): TestEnv {
  let now = startMs;
  let state = seed >>> 0 || 1;
  return {
    now: () => now,
    setNow: (ms) => {
      now = ms;
    },
    randomBytes: (length) => {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        bytes[i] = state & 0xff;
      }
      return bytes;
    },
  };
}

export function makeDb(name = uniqueDbName(), options: SandyqDbOptions = {}): SandyqDb {
  return new SandyqDb(name, { env: testEnv(), ...options });
}

export const SCHOOL_ID = '01900000-0000-7000-8000-000000000001';
export const OTHER_SCHOOL_ID = '01900000-0000-7000-8000-000000000002';
export const TEACHER: Author = { userId: 'user-teacher', schoolId: SCHOOL_ID };
export const ASSISTANT: Author = { userId: 'user-assistant', schoolId: SCHOOL_ID };
export const PUPIL_USER: Author = { userId: 'user-pupil', schoolId: SCHOOL_ID };

export function pupilData(overrides: Partial<NewRecord<'pupils'>> = {}): NewRecord<'pupils'> {
  return { surname: 'Сейтқали', name: 'Айару', grade: 5, classSetId: 'class-5', status: 'active', ...overrides };
}

export function attendanceData(overrides: Partial<NewRecord<'attendanceMarks'>> = {}): NewRecord<'attendanceMarks'> {
  return {
    sessionId: 'session-1',
    pupilId: 'pupil-1',
    classSetId: 'class-5',
    date: '2026-09-01',
    status: 'present',
    ...overrides,
  };
}

export function attemptData(overrides: Partial<NewRecord<'attempts'>> = {}): NewRecord<'attempts'> {
  return {
    assessmentId: 'assessment-1',
    pupilId: 'pupil-1',
    startedAt: 1_000,
    submittedAt: 2_000,
    score: 3,
    maxScore: 5,
    itemIds: ['item-1', 'item-2'],
    ...overrides,
  };
}
