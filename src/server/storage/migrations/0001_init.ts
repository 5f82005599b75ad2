/**
 * The first schema. Every table is keyed by school_id first, so the same schema can be
 * distributed by school (e.g. Citus with school_id as the distribution column).
 * WARNING: a shipped migration is never edited; add a new numbered file instead.
 */
export const sql = /* sql */ `
CREATE TABLE schools (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  district    text,
  -- the school's change log head: the seq of its newest record change
  head_seq    bigint NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  school_id     text NOT NULL REFERENCES schools(id),
  id            text NOT NULL,
  login         text NOT NULL,
  display_name  text NOT NULL,
  roles         text[] NOT NULL,
  pupil_id      text,
  staff_id      text,
  district      text,
  password_hash text NOT NULL,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, id)
);
-- Sign-in names a login, not a school. A distributed deployment keeps this lookup as a
-- reference table.
CREATE UNIQUE INDEX users_login ON users (lower(login));

CREATE TABLE sessions (
  school_id   text NOT NULL,
  token_hash  text NOT NULL,
  user_id     text NOT NULL,
  device_id   text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz,
  PRIMARY KEY (school_id, token_hash)
);

CREATE TABLE devices (
  school_id     text NOT NULL,
  id            text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, id)
);

-- One mutation stream per (device, user): users of a shared laptop sync their own changes
-- with their own token, and one user's expired session never blocks another's changes.
CREATE TABLE device_streams (
  school_id     text NOT NULL,
  device_id     text NOT NULL,
  user_id       text NOT NULL,
  -- the highest mutation seq of this stream that is decided (stored or rejected)
  last_seq      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (school_id, device_id, user_id)
);

CREATE TABLE records (
  school_id     text NOT NULL,
  tbl           text NOT NULL,
  id            text NOT NULL,
  data          jsonb NOT NULL,
  clocks        jsonb NOT NULL,
  -- the school log seq of this row's newest change
  seq           bigint NOT NULL,
  -- the device of the newest run of changes, and the seq before that run: a device is not
  -- sent back a row whose every change since its cursor is its own
  writer_device text,
  run_prev_seq  bigint NOT NULL DEFAULT 0,
  audience      text NOT NULL,
  pupil_id      text,
  class_set_id  text,
  PRIMARY KEY (school_id, tbl, id)
);
CREATE INDEX records_by_seq ON records (school_id, seq);

CREATE TABLE rejections (
  school_id   text NOT NULL,
  device_id   text NOT NULL,
  seq         bigint NOT NULL,
  tbl         text NOT NULL,
  row_id      text NOT NULL,
  reason      text NOT NULL,
  issues      jsonb,
  PRIMARY KEY (school_id, device_id, seq)
);

-- Resource files a school holds (bytes in the blob store, see src/server/files/): a file
-- is stored once complete and its SHA-256 checked, so a row here is always readable.
CREATE TABLE files (
  school_id   text NOT NULL,
  sha256      text NOT NULL,
  size        bigint NOT NULL,
  mime        text NOT NULL,
  -- the user whose upload completed it
  uploaded_by text NOT NULL,
  stored_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, sha256)
);
`;
