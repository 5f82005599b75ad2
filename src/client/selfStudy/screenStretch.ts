/**
 * How long a pupil has worked at the screen without a break, kept on this laptop per pupil
 * (localStorage: it survives a reload, and a break is the laptop left alone). A gap of
 * `BREAK_MS` or more since the pupil was last seen counts as a break and starts a new stretch.
 */
import { screenMinutesFor } from '@/domain/entities/school';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { useLiveRead } from '../workspace/useLiveRead';

export const BREAK_MS = 10 * 60_000;

export interface Stretch {
  readonly since: number;
  readonly lastSeen: number;
}

/** The stretch after the pupil is seen at `now`. */
export function seenAt(stretch: Stretch | undefined, now: number): Stretch {
  if (!stretch || now - stretch.lastSeen >= BREAK_MS || now < stretch.lastSeen) return { since: now, lastSeen: now };
  return { since: stretch.since, lastSeen: now };
}

const keyOf = (pupilId: string) => `sandyq:screenStretch:${pupilId}`;

export function loadStretch(pupilId: string): Stretch | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(keyOf(pupilId)) ?? 'null') as Stretch | null;
    return value && Number.isFinite(value.since) && Number.isFinite(value.lastSeen) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeStretch(pupilId: string, stretch: Stretch): void {
  try {
    localStorage.setItem(keyOf(pupilId), JSON.stringify(stretch));
  } catch {
    // A full disk only loses the reminder's count, never the pupil's work.
  }
}

/** Minutes of continuous screen work the school allows this pupil's grade. */
export async function readScreenMinutes(db: SandyqDb, schoolId: string, pupilId: string): Promise<number> {
  const [school, pupil] = await Promise.all([liveRows(db, 'schools').get(schoolId), liveRows(db, 'pupils').get(pupilId)]);
  return screenMinutesFor(school, pupil?.grade ?? 5);
}

export const useScreenMinutes = (schoolId: string, pupilId: string) =>
  useLiveRead((db) => readScreenMinutes(db, schoolId, pupilId), [schoolId, pupilId]);
