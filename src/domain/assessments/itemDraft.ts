/**
 * An item as an import reads it, before the teacher has said which subject, grade and
 * language the file is for: its own fields, and the section and topic it names in words.
 * Shared by the GIFT and spreadsheet formats; `importedItem` turns one into a stored item.
 */
import type { Item } from '../entities/item';

export type ItemDraft = Pick<Item, 'kind' | 'prompt' | 'key' | 'points'> &
  Partial<Pick<Item, 'options' | 'matchOptions' | 'explanation' | 'selfCheck'>> & {
    readonly section?: string | undefined;
    readonly topic?: string | undefined;
    /** A learning objective's code, "5.1.2.1". */
    readonly objectiveCode?: string | undefined;
  };

/** Why an item of a file cannot be imported; each said to the teacher in words. */
export const ItemImportProblem = {
  noQuestion: 'noQuestion',
  noAnswers: 'noAnswers',
  /** GIFT essay or description: written work belongs in an assessment's written tasks. */
  unsupportedKind: 'unsupportedKind',
  noCorrectAnswer: 'noCorrectAnswer',
  badNumber: 'badNumber',
  badMatching: 'badMatching',
  unknownKind: 'unknownKind',
  badAnswerLetter: 'badAnswerLetter',
  badPoints: 'badPoints',
  noTopic: 'noTopic',
  tooLong: 'tooLong',
  tooManyOptions: 'tooManyOptions',
  unclosedBrace: 'unclosedBrace',
} as const;
export type ItemImportProblem = (typeof ItemImportProblem)[keyof typeof ItemImportProblem];

/** One item of a file as read: where it starts (a line, or a spreadsheet row), and the item or why not. */
export type ReadItem =
  | { readonly line: number; readonly ok: true; readonly item: ItemDraft }
  | { readonly line: number; readonly ok: false; readonly problem: ItemImportProblem; readonly excerpt: string };

/** Option ids an import gives: a, b, c ... as a teacher names them. */
export const optionIdAt = (i: number) => String.fromCharCode(97 + i);
export const MAX_OPTIONS = 12;
