/**
 * Why an account operation (create a school or user, disable a user) was refused. The CLI
 * prints the message; a future HTTP route maps the reason to an API error code.
 */
export const AccountErrorReason = {
  invalidLogin: 'invalidLogin',
  loginTaken: 'loginTaken',
  invalidRoles: 'invalidRoles',
  weakPassword: 'weakPassword',
  invalidName: 'invalidName',
  schoolExists: 'schoolExists',
  schoolNotFound: 'schoolNotFound',
  userNotFound: 'userNotFound',
} as const;
export type AccountErrorReason = (typeof AccountErrorReason)[keyof typeof AccountErrorReason];

export class AccountError extends Error {
  override readonly name = 'AccountError';
  constructor(
    readonly reason: AccountErrorReason,
    message: string,
  ) {
    super(message);
  }
}
