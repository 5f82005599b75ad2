/**
 * A measurement of the school's internet link (интернет жылдамдығы / скорость интернета):
 * a laptop of the school measured download, upload and round trip to the Sandyq server
 * with small bounded transfers (src/client/connectivity), at a set time or when a staff
 * member asked. The connection type and contracted speed are copied from the school's
 * setup at measure time, so a later change of contract does not rewrite history: the
 * region's question is "measured against what the school was promised then".
 *
 * Staff only on devices; the district reads these through the server's aggregates.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { ConnectionType } from './school';
import { idRef, instantSchema, oneOf } from './fields';

export const LINK_MEASUREMENT_SCHEMA_VERSION = 1;

export const MeasurementTrigger = {
  /** One of the day's set times (src/client/connectivity/measureSchedule.ts). */
  scheduled: 'scheduled',
  /** A staff member pressed "Measure now". */
  manual: 'manual',
} as const;
export type MeasurementTrigger = (typeof MeasurementTrigger)[keyof typeof MeasurementTrigger];

/** Megabits a second: 0 (nothing got through) up to far above any school's link. */
const mbpsSchema = z.number().min(0, V.negative).max(100_000, V.outOfRange);

export const linkMeasurementSchema = z.object({
  /** When the measurement finished, Unix ms (device clock). */
  measuredAt: instantSchema,
  downMbps: mbpsSchema,
  upMbps: mbpsSchema,
  /** Median round trip of the ping series, ms. */
  rttMs: z.number().min(0, V.negative).max(600_000, V.outOfRange),
  /** Bytes the measurement itself moved (both ways, bodies): what it cost the school's link. */
  bytesUsed: z.number().int(V.notInteger).min(0, V.negative).max(1_000_000_000, V.outOfRange),
  trigger: oneOf(MeasurementTrigger),
  /** The school's connection type at measure time. */
  connection: oneOf(ConnectionType),
  /** The school's contracted speed at measure time, Mbit/s, when the setup had one. */
  contractedMbps: z.number().gt(0, V.outOfRange).max(10_000, V.outOfRange).optional(),
  /** The laptop that measured (its device identity, `$syncState`). */
  deviceId: idRef<'Device'>(),
});
export type LinkMeasurement = z.infer<typeof linkMeasurementSchema>;
