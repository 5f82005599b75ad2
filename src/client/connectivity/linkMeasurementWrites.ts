/**
 * Keeping a measurement on this laptop: a `linkMeasurements` row written like any other
 * (with its outbox entry, sent on the next sync), with the school's connection type and
 * contracted speed as the setup says now, and this laptop's device id.
 */
import type { MeasurementTrigger } from '@/domain/entities/linkMeasurement';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { getDeviceIdentity } from '../db/deviceIdentity';
import { liveRows } from '../db/queries/liveRows';
import { createRecord } from '../db/writeRecord';
import type { LinkFigures } from './measureLink';

export async function recordLinkMeasurement(
  db: SandyqDb,
  author: Author,
  figures: Pick<LinkFigures, 'downMbps' | 'upMbps' | 'rttMs' | 'bytesUsed'>,
  trigger: MeasurementTrigger,
  measuredAt: number,
): Promise<string> {
  const school = await liveRows(db, 'schools').get(author.schoolId);
  const { deviceId } = await getDeviceIdentity(db);
  return createRecord(db, author, 'linkMeasurements', {
    measuredAt,
    downMbps: figures.downMbps,
    upMbps: figures.upMbps,
    rttMs: figures.rttMs,
    bytesUsed: figures.bytesUsed,
    trigger,
    // A school not set up yet on this laptop: the measurement still counts, with no contract.
    connection: school?.connection ?? 'none',
    ...(school?.contractedMbps !== undefined ? { contractedMbps: school.contractedMbps } : {}),
    deviceId,
  });
}
