/**
 * People administration (issue 7): the head creates sign-ins from the People screen.
 * WARNING: a shipped migration is never edited; add a new numbered file instead.
 */
export const sql = /* sql */ `
-- Set when the password is a one-time password the head handed out (a new login, a reset):
-- until its owner chooses their own, the server refuses every other API use.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- What the head did to whose sign-in, and when. Never a password, one-time or not.
CREATE TABLE people_audit (
  school_id      text NOT NULL,
  id             bigint GENERATED ALWAYS AS IDENTITY,
  at             timestamptz NOT NULL,
  actor_user_id  text NOT NULL,
  action         text NOT NULL,
  target_user_id text NOT NULL,
  -- the action's non-secret details: the login created, the roles before and after
  detail         jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (school_id, id)
);
CREATE INDEX people_audit_recent ON people_audit (school_id, at DESC);
`;
