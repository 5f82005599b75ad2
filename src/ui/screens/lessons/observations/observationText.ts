/** How far a criterion was met, in words (`lessons` namespace). */
import type { CriterionMet } from '@/domain/entities/lessonObservation';

export const CRITERION_MET_LABEL_KEYS = {
  yes: 'lessons:criterionMetLabel',
  partly: 'lessons:criterionPartlyMetLabel',
  no: 'lessons:criterionNotMetLabel',
} as const satisfies Record<CriterionMet, string>;
