/**
 * The district's view (issue 13): each school's summary counts, computed from its synced
 * rows when they have changed (src/server/district/), so a methodologist's overview of 200
 * schools reads a few thousand rows of counts instead of a year of every pupil's marks.
 * WARNING: a shipped migration is never edited; add a new numbered file instead.
 */
export const sql = /* sql */ `
-- Which change of the school a summary was computed at: it is current while schools.head_seq equals it.
CREATE TABLE district_summaries (
  school_id   text PRIMARY KEY,
  head_seq    bigint NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  -- the school's latest link measurement as the overview sends it (JSON), or null
  link        text,
  -- the Digital teacher programme's growth per grade and subject (JSON counts; groups of
  -- fewer than 3 pupils left out: the programme's pupils are from low-income families)
  growth      text
);

-- Counts only (no pupil ids), one row per school and academic year (by the calendar year it
-- starts in): the school's cells as the JSON text the overview sends, so answering for 200
-- schools concatenates 200 stored texts rather than building 60,000 rows (PGlite took 1-2 s
-- for that). Each cell: [grade, language, shift, subject code ('' = all subjects), period
-- (1-4, 5 = the year), pupils, assessed, performing, good, pupil-lessons, attended].
CREATE TABLE district_years (
  school_id   text NOT NULL,
  year_start  integer NOT NULL,
  cells       text NOT NULL,
  PRIMARY KEY (school_id, year_start)
);
`;
