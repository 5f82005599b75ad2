/**
 * Growth from the starting point (seed 003: "a starting point and regular monitoring ... at
 * the end, the growth from the starting point"): for each pupil and subject, the percent of
 * the latest checkpoint (the end one when there is one) minus the percent of the starting
 * one, in percentage points. A group's and a subject's growth is the mean of their pupils'
 * growth; a pupil without both a start and a later checkpoint has no growth yet and is left
 * out of the means (counted apart), never counted as zero.
 *
 * Percents are kept to one decimal; means are of the unrounded figures, rounded once.
 */
import { CheckpointKind } from '../entities/welfareRecord';

export interface CheckpointScore {
  readonly subjectId: string;
  readonly kind: CheckpointKind;
  readonly date: string;
  readonly score: number;
  readonly maxScore: number;
}

export interface PupilCheckpoints {
  readonly pupilId: string;
  readonly checkpoints: readonly CheckpointScore[];
}

export interface PupilGrowth {
  readonly pupilId: string;
  readonly subjectId: string;
  /** Percent at the starting checkpoint (rounded to one decimal). */
  readonly startPercent: number | undefined;
  /** Percent at the latest checkpoint after the start: the end one when there is one. */
  readonly latestPercent: number | undefined;
  readonly latestKind: CheckpointKind | undefined;
  /** latest − start, in percentage points; undefined until both exist. */
  readonly growth: number | undefined;
}

export interface GrowthSummary {
  /** Mean growth of the pupils who have one, in percentage points. */
  readonly meanGrowth: number | undefined;
  readonly pupilsWithGrowth: number;
  readonly pupilsWithout: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const percentOf = (c: CheckpointScore) => (c.score * 100) / c.maxScore;

/** The checkpoint counted for a kind: the last by date (a retaken start replaces the first). */
function lastOf(checkpoints: readonly CheckpointScore[]): CheckpointScore | undefined {
  return [...checkpoints].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

function rawGrowth(checkpoints: readonly CheckpointScore[], subjectId: string) {
  const ofSubject = checkpoints.filter((c) => c.subjectId === subjectId);
  const start = lastOf(ofSubject.filter((c) => c.kind === CheckpointKind.start));
  const later = ofSubject.filter((c) => c.kind !== CheckpointKind.start && (start === undefined || c.date >= start.date));
  const end = lastOf(later.filter((c) => c.kind === CheckpointKind.end));
  const latest = end ?? lastOf(later);
  const growth = start && latest ? percentOf(latest) - percentOf(start) : undefined;
  return { start, latest, growth };
}

export function pupilGrowth(pupil: PupilCheckpoints, subjectId: string): PupilGrowth {
  const { start, latest, growth } = rawGrowth(pupil.checkpoints, subjectId);
  return {
    pupilId: pupil.pupilId,
    subjectId,
    startPercent: start ? round1(percentOf(start)) : undefined,
    latestPercent: latest ? round1(percentOf(latest)) : undefined,
    latestKind: latest?.kind,
    growth: growth === undefined ? undefined : round1(growth),
  };
}

function summarize(growths: readonly (number | undefined)[]): GrowthSummary {
  const known = growths.filter((g): g is number => g !== undefined);
  return {
    meanGrowth: known.length === 0 ? undefined : round1(known.reduce((s, g) => s + g, 0) / known.length),
    pupilsWithGrowth: known.length,
    pupilsWithout: growths.length - known.length,
  };
}

/** A group's growth: its pupils' growth in the group's subject. */
export function groupGrowth(pupils: readonly PupilCheckpoints[], subjectId: string): GrowthSummary {
  return summarize(pupils.map((p) => rawGrowth(p.checkpoints, subjectId).growth));
}

/** A subject's growth over every programme pupil who chose it. */
export function subjectGrowth(pupils: readonly (PupilCheckpoints & { readonly subjectIds: readonly string[] })[], subjectId: string): GrowthSummary {
  return summarize(pupils.filter((p) => p.subjectIds.includes(subjectId)).map((p) => rawGrowth(p.checkpoints, subjectId).growth));
}
