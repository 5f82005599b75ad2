/** The head's message for a failed People call, in the interface language. */
import type { TFunction } from 'i18next';
import { PeopleCallError } from '@/client/people/headAccounts';
import { PEOPLE_FAILURE_KEYS } from '@/client/people/peopleFailureKeys';
import { PeopleFailure } from '@/client/people/peopleRequest';

/** `problem`: a thrown `PeopleCallError`, or a failure as `useHeadAccounts` reports it. */
export function peopleFailureText(t: TFunction<['people', 'common']>, problem: unknown): string {
  const failure = problem instanceof PeopleCallError ? problem.failure : isFailure(problem) ? problem : PeopleFailure.serverError;
  const error = problem;
  const seconds = error instanceof PeopleCallError ? (error.retryAfterSeconds ?? 60) : 60;
  return t(PEOPLE_FAILURE_KEYS[failure], { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}

const isFailure = (value: unknown): value is PeopleFailure => typeof value === 'string' && value in PEOPLE_FAILURE_KEYS;
