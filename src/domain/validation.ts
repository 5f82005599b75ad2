/**
 * Validation error codes. Schemas in `entities/` report these codes as zod issue messages
 * instead of English prose: the UI translates a code (an i18n key in the `validation`
 * namespace) in the user's language, and the server returns the same code.
 *
 * WARNING: the codes are translation keys. Renaming one needs the locale files changed too.
 */
import type { z } from 'zod';

export const ValidationCode = {
  /** A required text is empty (after trimming) or a required value is absent. */
  required: 'validation.requiredMessage',
  tooLong: 'validation.tooLongMessage',
  /** Not a real calendar date in the form YYYY-MM-DD. */
  invalidDate: 'validation.invalidDateMessage',
  /** An end date or time lies before its start. */
  dateOrder: 'validation.dateOrderMessage',
  /** A school grade outside 1-11 (or outside what this record allows). */
  gradeRange: 'validation.gradeRangeMessage',
  notInteger: 'validation.notIntegerMessage',
  negative: 'validation.negativeMessage',
  scoreAboveMax: 'validation.scoreAboveMaxMessage',
  percentRange: 'validation.percentRangeMessage',
  outOfRange: 'validation.outOfRangeMessage',
  duplicate: 'validation.duplicateMessage',
  emptyList: 'validation.emptyListMessage',
  tooMany: 'validation.tooManyMessage',
  invalidFormat: 'validation.invalidFormatMessage',
  invalidChoice: 'validation.invalidChoiceMessage',
  invalidType: 'validation.invalidTypeMessage',
  unknownField: 'validation.unknownFieldMessage',
  /** Weights of a grading policy do not add up to 100 %. */
  weightsSum: 'validation.weightsSumMessage',
  /** Scale bands are not in increasing order or do not start at 0 %. */
  bandOrder: 'validation.bandOrderMessage',
  /** An item's answer key does not fit its kind or names an option it does not have. */
  keyMismatch: 'validation.keyMismatchMessage',
  /** Exactly one of several alternative fields must be set (e.g. class set or group). */
  exactlyOne: 'validation.exactlyOneMessage',
  /** A field required by another field's value is missing (e.g. a magnet school's hub). */
  dependentRequired: 'validation.dependentRequiredMessage',
  /** A field is set that another field's value forbids (e.g. withdrawal date of an active pupil). */
  notAllowed: 'validation.notAllowedMessage',
  /** Text with a NUL character or half of a surrogate pair: no database can keep it. */
  unsafeText: 'validation.unsafeTextMessage',
  /** A value nested deeper than any record needs. */
  tooDeep: 'validation.tooDeepMessage',
  /** A change's field came without the stamp that orders it. */
  missingStamp: 'validation.missingStampMessage',
  /** Some other rule failed; the path says where. */
  invalid: 'validation.invalidMessage',
} as const;
export type ValidationCode = (typeof ValidationCode)[keyof typeof ValidationCode];

const CODES = new Set<string>(Object.values(ValidationCode));

export function isValidationCode(value: unknown): value is ValidationCode {
  return typeof value === 'string' && CODES.has(value);
}

/** The code for one zod issue: ours when a schema set it, else one derived from zod's kind. */
export function issueCode(issue: z.core.$ZodIssue): ValidationCode {
  if (isValidationCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? ValidationCode.required : ValidationCode.invalidType;
    case 'invalid_value':
      return ValidationCode.invalidChoice;
    case 'unrecognized_keys':
      return ValidationCode.unknownField;
    case 'invalid_format':
      return ValidationCode.invalidFormat;
    case 'too_big':
    case 'too_small':
      return ValidationCode.outOfRange;
    case 'not_multiple_of':
      return ValidationCode.notInteger;
    default:
      return ValidationCode.invalid;
  }
}

export interface ValidationProblem {
  /** Dotted path to the field, e.g. `quarters.2.endsOn`; empty for the whole record. */
  path: string;
  code: ValidationCode;
}

/** Flatten a zod error into translatable problems, one per issue. */
export function validationProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issueCode(issue) }));
}
