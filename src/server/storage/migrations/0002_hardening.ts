/**
 * Hardening (issue 8): devices bound to the laptop whose sessions first used them,
 * refusals kept per (device, user), and how long a school keeps a deleted row's content.
 * WARNING: a shipped migration is never edited; add a new numbered file instead.
 */
export const sql = /* sql */ `
-- The laptop (the device id its sessions signed in with) allowed to sync under this
-- device id: the one whose session used it first. NULL on rows from before this migration
-- until their next sync binds them.
ALTER TABLE devices ADD COLUMN laptop_id text;

-- One refusal per (device, user, seq): two users of a shared laptop each have their own
-- stream and seqs, so a refusal of one is never reported to (nor hidden by) the other.
-- Rows from before this migration keep '' and are still found by their device.
ALTER TABLE rejections ADD COLUMN user_id text NOT NULL DEFAULT '';
ALTER TABLE rejections DROP CONSTRAINT rejections_pkey;
ALTER TABLE rejections ADD PRIMARY KEY (school_id, device_id, user_id, seq);

-- Days a deleted row keeps its content on the server (so it can be looked at or restored);
-- after that only what sync needs stays (storage/pruneTombstones.ts).
ALTER TABLE schools ADD COLUMN tombstone_retention_days integer NOT NULL DEFAULT 180
  CHECK (tombstone_retention_days BETWEEN 1 AND 3650);
`;
