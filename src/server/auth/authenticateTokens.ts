/**
 * The batch tokens of one sync request (protocol v2: a shared laptop's school day, one
 * token per person) authenticated in one statement instead of one each: a laptop's day is
 * twenty-one batches, and each statement is a round trip and a wake-up of the database.
 *
 * Each token gets exactly the answer `authenticate` would give it (the same checks,
 * `sessionRefusal`: unknown, revoked, expired, disabled account, password change pending)
 * and its refusal is its own: one bad token never costs another batch its session.
 * A live session slides its expiry as with `authenticate` (rare: once a day per session).
 */
import type { Database } from '../storage/database';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { AuthContext } from './authContext';
import { authContextOfRow } from './authContextOfRow';
import { sessionRefusal, type SessionUserRow } from './authenticate';
import { parseSessionToken } from './sessionToken';
import { slideSession } from './sessionStore';

/** Each token's signed-in person, or the ApiError that refuses it (in the order given). */
export async function authenticateTokens(db: Database, now: number, tokens: readonly string[]): Promise<Array<AuthContext | ApiError>> {
  const parsed = tokens.map((token) => parseSessionToken(token));
  const wanted = parsed.filter((p) => p !== undefined);
  const rows =
    wanted.length === 0
      ? []
      : await db.query<SessionUserRow>(
          `SELECT s.school_id, s.token_hash, s.user_id, s.device_id, s.expires_at, s.revoked_at,
                  u.roles, u.pupil_id, u.staff_id, u.district, u.disabled, u.must_change_password
             FROM unnest($1::text[], $2::text[]) AS t(school_id, token_hash)
             JOIN sessions s ON s.school_id = t.school_id AND s.token_hash = t.token_hash
             JOIN users u ON u.school_id = s.school_id AND u.id = s.user_id`,
          [wanted.map((p) => p.schoolId), wanted.map((p) => p.tokenHash)],
        );
  const byKey = new Map(rows.map((row) => [keyOf(row.school_id, row.token_hash), row]));
  const slid = new Set<string>();
  const answers: Array<AuthContext | ApiError> = [];
  for (const parts of parsed) {
    if (!parts) {
      answers.push(new ApiError(401, ErrorCode.unauthorized, 'Sign in: send the session token as "Authorization: Bearer <token>"'));
      continue;
    }
    const key = keyOf(parts.schoolId, parts.tokenHash);
    const row = byKey.get(key);
    const refusal = sessionRefusal(row, now);
    if (refusal || !row) {
      answers.push(refusal ?? new ApiError(401, ErrorCode.unauthorized, 'Unknown session token: sign in again'));
      continue;
    }
    if (!slid.has(key)) {
      slid.add(key);
      await slideSession(db, row, now);
    }
    answers.push(authContextOfRow(row.school_id, row));
  }
  return answers;
}

function keyOf(schoolId: string, tokenHash: string): string {
  return `${schoolId}\n${tokenHash}`;
}
