/** Translation keys of the assessment kinds and item kinds, shared by the teacher's and the pupil's screens. */
import type { AssessmentKind } from '@/domain/entities/assessment';
import type { AttemptCounting } from '@/domain/entities/assignment';
import type { ItemKind } from '@/domain/entities/item';
import type { ItemImportProblem } from '@/domain/assessments/itemDraft';

export const ITEM_KIND_LABEL_KEYS = {
  single: 'assessments:singleKindLabel',
  multiple: 'assessments:multipleKindLabel',
  number: 'assessments:numberKindLabel',
  shortText: 'assessments:shortTextKindLabel',
  matching: 'assessments:matchingKindLabel',
} as const satisfies Record<ItemKind, string>;

export const ASSESSMENT_KIND_LABEL_KEYS = {
  formative: 'assessments:formativeKindLabel',
  sectionSummative: 'assessments:sectionSummativeKindLabel',
  termSummative: 'assessments:termSummativeKindLabel',
} as const satisfies Record<AssessmentKind, string>;

export const COUNTING_LABEL_KEYS = {
  best: 'assessments:bestCountingLabel',
  last: 'assessments:lastCountingLabel',
  first: 'assessments:firstCountingLabel',
} as const satisfies Record<AttemptCounting, string>;

export const ITEM_IMPORT_PROBLEM_KEYS = {
  noQuestion: 'assessments:noQuestionProblemMessage',
  noAnswers: 'assessments:noAnswersProblemMessage',
  unsupportedKind: 'assessments:unsupportedKindProblemMessage',
  noCorrectAnswer: 'assessments:noCorrectAnswerProblemMessage',
  badNumber: 'assessments:badNumberProblemMessage',
  badMatching: 'assessments:badMatchingProblemMessage',
  unknownKind: 'assessments:unknownKindProblemMessage',
  badAnswerLetter: 'assessments:badAnswerLetterProblemMessage',
  badPoints: 'assessments:badPointsProblemMessage',
  noTopic: 'assessments:noTopicProblemMessage',
  tooLong: 'assessments:tooLongProblemMessage',
  tooManyOptions: 'assessments:tooManyOptionsProblemMessage',
  unclosedBrace: 'assessments:unclosedBraceProblemMessage',
} as const satisfies Record<ItemImportProblem, string>;

/** The school grades a single-grade choice offers. */
export const GRADES: readonly number[] = Array.from({ length: 11 }, (_, i) => i + 1);
