/**
 * A school (мектеп / школа). The school row's sync `id` is the `schoolId` every other row
 * of that school carries, so a school row is its own scope.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { KAZAKHSTAN_TIME_ZONE } from '../dates';
import { TextLimit, flagSchema, idRef, instructionLanguageSchema, oneOf, text } from './fields';

export const SCHOOL_SCHEMA_VERSION = 1;

export const SchoolKind = {
  /** A small ungraded school (шағын жинақты мектеп / малокомплектная школа) on its own. */
  small: 'small',
  /** A hub school (тірек мектеп / опорная школа) teaching attached small schools remotely. */
  hub: 'hub',
  /** A small school attached to a hub (магнитті мектеп / школа-магнит). */
  magnet: 'magnet',
  /** Any other school (a full rural or town school) using Sandyq. */
  regular: 'regular',
} as const;
export type SchoolKind = (typeof SchoolKind)[keyof typeof SchoolKind];

/** The four teaching models piloted in small schools, numbered as in the pilot reports. */
export const TeachingModel = {
  /** 1: a streamed online lesson, once a week, for a grade across the region. */
  streamed: 1,
  /** 2: a hub teacher teaches a remote class (≤ 25); a local assistant keeps the room. */
  hubRemote: 2,
  /** 3: the school's own teacher teaches in class with digital resources. */
  inClassDigital: 3,
  /** 4: no stable internet: lessons from resources downloaded for offline use. */
  offline: 4,
} as const;
export type TeachingModel = (typeof TeachingModel)[keyof typeof TeachingModel];

export const ConnectionType = {
  fibre: 'fibre',
  radio: 'radio',
  satellite: 'satellite',
  none: 'none',
} as const;
export type ConnectionType = (typeof ConnectionType)[keyof typeof ConnectionType];

export const schoolSchema = z
  .object({
    name: text(TextLimit.title),
    kind: oneOf(SchoolKind),
    teachingModel: z.union(Object.values(TeachingModel).map((n) => z.literal(n)) as [z.ZodLiteral<TeachingModel>], { error: V.invalidChoice }),
    /** The hub that teaches this school remotely; required for a magnet school. */
    hubSchoolId: idRef<'School'>().optional(),
    connection: oneOf(ConnectionType),
    /** The speed the provider contracted; measured speeds are often under half of it. */
    contractedMbps: z.number().gt(0, V.outOfRange).max(10_000, V.outOfRange).optional(),
    region: text(TextLimit.title),
    district: text(TextLimit.title),
    locality: text(TextLimit.title).optional(),
    /** Languages the school teaches in (one or both). */
    languages: z
      .array(instructionLanguageSchema)
      .min(1, V.emptyList)
      .refine((ls) => new Set(ls).size === ls.length, V.duplicate),
    /** IANA zone the school's dates are reckoned in; absent means Kazakhstan's (see `schoolTimeZone`). */
    timeZone: text(64).optional(),
    /** A UPS keeps the link and laptops up through short power cuts. */
    hasUps: flagSchema.optional(),
    /**
     * How much each laptop may fetch in the background, when online, of the files of its
     * teacher's lessons of the next school days (MB; 0 turns it off; absent: the default).
     * The link is the whole school's, so the head sets what it can spare.
     */
    filePrefetchMegabytes: z.number().int(V.notInteger).min(0, V.outOfRange).max(10_000, V.outOfRange).optional(),
    /**
     * Minutes of continuous screen work before a pupil is reminded to take a break, for
     * grades 1 to 11 in order (absent: `DEFAULT_SCREEN_MINUTES`).
     */
    screenMinutesByGrade: z.array(z.number().int(V.notInteger).min(5, V.outOfRange).max(120, V.outOfRange)).length(11, V.outOfRange).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === SchoolKind.magnet && s.hubSchoolId === undefined)
      ctx.addIssue({ code: 'custom', path: ['hubSchoolId'], message: V.dependentRequired });
    if (s.connection === ConnectionType.none && s.contractedMbps !== undefined)
      ctx.addIssue({ code: 'custom', path: ['contractedMbps'], message: V.notAllowed });
  });
export type School = z.infer<typeof schoolSchema>;

/** The background download limit per laptop when the head has set none: a few lessons' PDFs and a short video. */
export const DEFAULT_FILE_PREFETCH_MEGABYTES = 100;

/** The zone to reckon the school's dates in. */
export function schoolTimeZone(school: Pick<School, 'timeZone'>): string {
  return school.timeZone ?? KAZAKHSTAN_TIME_ZONE;
}

/**
 * Continuous screen work before a break, by grade: 20 minutes in the primary grades and 40
 * above, as the Ministry's guidance on remote lessons in the source documents puts it
 * ("бастауыш сынып білім алушылары үшін сабақтың ұзақтығы 20 минуттан, ал орта сынып
 * білім алушылары үшін 40 минуттан аспағаны жөн", seed 003). The school may set stricter
 * limits from the sanitary rules in force.
 */
export const DEFAULT_SCREEN_MINUTES: readonly number[] = [20, 20, 20, 20, 40, 40, 40, 40, 40, 40, 40];

export function screenMinutesFor(school: { screenMinutesByGrade?: readonly number[] | undefined } | undefined, grade: number): number {
  return (school?.screenMinutesByGrade ?? DEFAULT_SCREEN_MINUTES)[Math.min(11, Math.max(1, grade)) - 1] ?? 40;
}
