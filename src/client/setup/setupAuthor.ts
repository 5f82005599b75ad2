/** The author of the head's setup writes: the signed-in user, in their school. */
import type { Author } from '../db/author';
import type { SessionUser } from '../stores/sessionStore';

export function setupAuthor(user: Pick<SessionUser, 'id' | 'schoolId'>): Author {
  return { userId: user.id, schoolId: user.schoolId };
}
