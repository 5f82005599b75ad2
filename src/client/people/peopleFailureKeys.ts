/** What each failure of an online People call says to the head, as keys of the `people` namespace. */
import { PeopleFailure } from './peopleRequest';

export const PEOPLE_FAILURE_KEYS = {
  [PeopleFailure.noConnection]: 'logins.noConnectionMessage',
  [PeopleFailure.forbidden]: 'logins.forbiddenMessage',
  [PeopleFailure.notFound]: 'logins.notFoundMessage',
  [PeopleFailure.conflict]: 'logins.conflictMessage',
  [PeopleFailure.badRequest]: 'logins.badRequestMessage',
  [PeopleFailure.wrongPassword]: 'logins.wrongPasswordMessage',
  [PeopleFailure.tooManyRequests]: 'logins.tooManyRequestsMessage',
  [PeopleFailure.signedOut]: 'logins.signedOutMessage',
  [PeopleFailure.passwordChangeRequired]: 'logins.passwordChangeRequiredMessage',
  [PeopleFailure.serverError]: 'logins.serverErrorMessage',
} as const satisfies Record<PeopleFailure, `logins.${string}`>;
