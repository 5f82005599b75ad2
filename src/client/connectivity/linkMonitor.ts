/**
 * Runs the measurer on this laptop: at the set times (measureSchedule.ts) while a staff
 * member is signed in and online, and when someone presses "Measure now". Never while a
 * sync pass runs (it takes the same Web Lock as sync, so neither waits on the other: a
 * pass due meanwhile runs on its next turn), and never while a lesson's video or audio
 * plays on this page. The result is kept as a `linkMeasurements` row and sent on the next sync.
 */
import { MeasurementTrigger } from '@/domain/entities/linkMeasurement';
import { mayWrite } from '@/sync/tableRules';
import { hasUsableToken } from '../auth/tokenLife';
import { getDb } from '../db/openSandyqDb';
import { getProfilesDb, readProfile } from '../db/profiles/profileStore';
import type { SignedInUser } from '../stores/sessionStore';
import { syncLockName } from '../sync/app/syncLockName';
import { withSyncLock } from '../sync/syncLock';
import { recordLinkMeasurement } from './linkMeasurementWrites';
import { LinkMeasureError, LinkMeasureFailure, measureLink, type LinkFigures } from './measureLink';
import { isMeasurementDue } from './measureSchedule';
import { readLatestLinkMeasurement } from './readLinkMeasurements';

/** Why a measurement did not run (besides a `LinkMeasureError` from the measurer). */
export const MeasureSkip = {
  /** A sync pass holds the link. */
  syncing: 'syncing',
  /** A video or audio plays on this page. */
  mediaPlaying: 'mediaPlaying',
  offline: 'offline',
  /** Not a staff member, or no usable session on this laptop. */
  notAllowed: 'notAllowed',
} as const;
export type MeasureSkip = (typeof MeasureSkip)[keyof typeof MeasureSkip];

export class MeasureSkipped extends Error {
  constructor(readonly reason: MeasureSkip) {
    super(`Link measurement skipped: ${reason}`);
    this.name = 'MeasureSkipped';
  }
}

/** True while any video or audio element of the page plays (the lesson player's included). */
export function isMediaPlaying(doc: Pick<Document, 'querySelectorAll'> | undefined = globalThis.document): boolean {
  if (!doc) return false;
  return Array.from(doc.querySelectorAll<HTMLMediaElement>('video, audio')).some((m) => !m.paused && !m.ended);
}

let running: Promise<LinkFigures> | undefined;

/** Measures now and keeps the result; throws `MeasureSkipped` or `LinkMeasureError`. One at a time. */
export function measureAndRecord(user: SignedInUser, trigger: MeasurementTrigger): Promise<LinkFigures> {
  running ??= (async () => {
    try {
      if (!mayWrite(user.roles, 'linkMeasurements')) throw new MeasureSkipped(MeasureSkip.notAllowed);
      if (globalThis.navigator?.onLine === false) throw new MeasureSkipped(MeasureSkip.offline);
      if (isMediaPlaying()) throw new MeasureSkipped(MeasureSkip.mediaPlaying);
      const profile = await readProfile(getProfilesDb(), user.id);
      if (!profile || !hasUsableToken(profile, Date.now())) throw new LinkMeasureError(LinkMeasureFailure.signedOut, 'Sign in online to measure');
      const token = profile.token;
      const figures = await withSyncLock(syncLockName(user.dbName), () => measureLink({ baseUrl: globalThis.location.origin, token }));
      if (!figures) throw new MeasureSkipped(MeasureSkip.syncing);
      const db = getDb(user.dbName);
      await recordLinkMeasurement(db, { userId: user.id, schoolId: user.schoolId }, figures, trigger, Date.now());
      return figures;
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** How often the monitor looks whether a measurement is due. */
const CHECK_MS = 5 * 60 * 1000;

/** Starts the set-time measurements for a signed-in staff member; returns the stop. */
export function startLinkMonitor(user: SignedInUser): () => void {
  if (!mayWrite(user.roles, 'linkMeasurements')) return () => undefined;
  const check = async () => {
    const latest = await readLatestLinkMeasurement(getDb(user.dbName));
    if (!isMeasurementDue(Date.now(), latest?.measuredAt)) return;
    await measureAndRecord(user, MeasurementTrigger.scheduled);
  };
  // Not at once: the app's first minute belongs to its first sync.
  const timer = setInterval(() => void check().catch(() => undefined), CHECK_MS);
  return () => clearInterval(timer);
}
