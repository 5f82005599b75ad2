/**
 * Written feedback to a pupil about one piece of work: an attempt, an answer, a mark or an
 * assignment. Criteria-based assessment lives on this: the pupil learns what to do next.
 */
import { z } from 'zod';
import { TextLimit, idRef, instantSchema, oneOf, text } from './fields';

export const FEEDBACK_SCHEMA_VERSION = 1;

export const FeedbackAbout = {
  attempt: 'attempt',
  answer: 'answer',
  mark: 'mark',
  assignment: 'assignment',
} as const;
export type FeedbackAbout = (typeof FeedbackAbout)[keyof typeof FeedbackAbout];

export const feedbackSchema = z.object({
  pupilId: idRef<'Pupil'>(),
  aboutKind: oneOf(FeedbackAbout),
  /** Id of the attempt, answer, mark or assignment named by `aboutKind`. */
  aboutId: idRef<'Attempt' | 'Answer' | 'Mark' | 'Assignment'>(),
  text: text(TextLimit.paragraph),
  authorId: idRef<'Staff'>(),
  givenAt: instantSchema,
});
export type Feedback = z.infer<typeof feedbackSchema>;
