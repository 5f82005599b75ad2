/**
 * Several server processes on one PostgreSQL (issue 12): what a process used to keep in
 * its own memory and that must hold across all of them moves here.
 * WARNING: a shipped migration is never edited; add a new numbered file instead.
 */
export const sql = /* sql */ `
-- Events counted by the rate limits (failed sign-ins per account and per address, wrong
-- current passwords, the head's changes to sign-ins), so a guess sent to any process
-- counts against the same limit. Rows age out with their window (auth/DatabaseRateCounter.ts).
-- Keyed by counter and key, not by school: a sign-in names a login, not a school.
CREATE TABLE rate_events (
  counter  text NOT NULL,
  key      text NOT NULL,
  at       bigint NOT NULL,
  id       bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (counter, key, id)
);
CREATE INDEX rate_events_by_age ON rate_events (counter, at);
-- Uploads of a school's file in progress, one row each (files/DatabaseUploadLock.ts): the
-- newest writes, an older one stops at its next heartbeat when it sees a newer row, and the
-- newest starts only once every older row is gone (or its heartbeat is stale: a process
-- that died). So one upload writes a file at a time whichever process received it.
CREATE TABLE upload_writers (
  school_id     text NOT NULL,
  sha256        text NOT NULL,
  id            bigint GENERATED ALWAYS AS IDENTITY,
  heartbeat_at  bigint NOT NULL,
  PRIMARY KEY (school_id, sha256, id)
);
-- The greatest HLC stamp the server stored for the school: every process folds it into its
-- clock under the school's row lock before applying a batch, so the stamps any process
-- makes for the school (conflict rows, scored results) sort after every write stored.
ALTER TABLE schools ADD COLUMN clock_stamp text;
`;
