/**
 * Who makes a local write: the signed-in user, in their school. Every outbox entry records
 * its author, because a shared laptop holds several users' changes and the server keeps one
 * mutation stream per (device, user), authorized with that user's session (rule S1).
 */
export interface Author {
  userId: string;
  schoolId: string;
}
