/**
 * `district-view`: a methodologist's overview of a district of 200 generated schools of 80
 * pupils (grades 1-9, one class set each), each with a year of marks: 6 subjects × 4
 * quarters × 3 formative tasks, a БЖБ and a ТЖБ typed for every pupil (9,600 marks a school,
 * 1.92 million in all). The rows are generated inside the database (`generate_series`), not
 * synced: the figure is the overview's, not the sync's.
 *
 * Figures, on PGlite (memory) and PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL):
 * - `firstSummariesS`: from no summary to every school's summary computed (after a deploy of
 *   this feature, or a server's first start over a region's data);
 * - `firstAnswerMs`: the first answer once every summary was just written (PostgreSQL then
 *   reads 200 freshly written summaries for the first time, setting their hint bits);
 * - `overviewP50Ms` / `overviewP99Ms`: the answers after it over HTTP, every school current;
 * - `oneChangedP50Ms`: the answer right after a school synced a change (its summary is
 *   recomputed within the request);
 * - `answerBytes`: the JSON's size before compression.
 *
 *   npm run bench -- --only district-view
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { insertUser, prepareUser } from '@/server/accounts/userStore';
import type { Database } from '@/server/storage/database';
import { openDatabase } from '@/server/storage/openDatabase';
import { startTestServer, TEST_SCRYPT_PARAMS } from '../support/server';
import { signIn } from '../support/testDevice';
import { openBenchPglite } from './benchPglite';
import type { Benchmark, BenchResult } from './benchmark';

export const DISTRICT_SCHOOLS = 200;
export const PUPILS_PER_SCHOOL = 80;
const DISTRICT = 'Бенчмарк ауданы';
const SUBJECTS = ['algebra', 'geometry', 'physics', 'chemistry', 'biology', 'kazakhHistory'];
const WARM_SAMPLES = 50;
const CHANGED_SAMPLES = 7;

const QUARTERS = [
  { startsOn: '2026-09-01', endsOn: '2026-10-26', formativeAt: '2026-10-01T06:00:00Z' },
  { startsOn: '2026-11-03', endsOn: '2026-12-26', formativeAt: '2026-12-01T06:00:00Z' },
  { startsOn: '2027-01-08', endsOn: '2027-03-19', formativeAt: '2027-02-10T06:00:00Z' },
  { startsOn: '2027-03-30', endsOn: '2027-05-25', formativeAt: '2027-04-20T06:00:00Z' },
];
/** Per subject and quarter: three formative tasks, a БЖБ and a ТЖБ. */
const WORKS = [
  { kind: 'formative', max: 10 },
  { kind: 'formative', max: 10 },
  { kind: 'formative', max: 10 },
  { kind: 'sectionSummative', max: 20 },
  { kind: 'termSummative', max: 25 },
];

export interface GeneratedDistrict {
  /** How many schools (ids `<prefix>1`…); default 200. */
  readonly schools?: number;
  readonly pupils?: number;
  readonly district?: string;
  /** School ids' prefix: default `bench-`. */
  readonly prefix?: string;
  /** Adds a methodologist account of the district (login `<prefix>methodologist`). */
  readonly methodologist?: boolean;
}

/** Writes the district's schools and every row of their year, in SQL; returns the methodologist's login. */
export async function generateDistrict(db: Database, options: GeneratedDistrict = {}): Promise<{ login: string; password: string }> {
  const { schools = DISTRICT_SCHOOLS, pupils = PUPILS_PER_SCHOOL, district = DISTRICT, prefix = 'bench-', methodologist = true } = options;
  // The prefix is written into the SQL text: letters, digits and dashes only.
  if (!/^[a-z0-9-]+$/.test(prefix)) throw new Error(`generateDistrict: a prefix of letters, digits and dashes, not ${prefix}`);
  const year = {
    name: '2026-2027',
    startsOn: '2026-09-01',
    endsOn: '2027-05-25',
    quarters: QUARTERS.map(({ startsOn, endsOn }) => ({ startsOn, endsOn })),
    holidays: [],
    schoolWeek: [1, 2, 3, 4, 5],
    schemaVersion: 1,
  };
  const works = SUBJECTS.flatMap((subject) =>
    QUARTERS.flatMap((q, qi) =>
      WORKS.map((w, wi) => ({
        id: `a-${subject}-${qi + 1}-${wi}`,
        subject,
        kind: w.kind,
        max: w.max,
        quarter: qi + 1,
        opensAt: Date.parse(q.formativeAt),
        date: q.formativeAt.slice(0, 10),
      })),
    ),
  );
  const insert = (select: string, params: unknown[] = []) =>
    db.query(
      `INSERT INTO records (school_id, tbl, id, data, clocks, seq, audience, pupil_id, class_set_id)
       SELECT school_id, tbl, id, data, '{}'::jsonb, 1, audience, pupil_id, class_set_id FROM (${select}) AS r`,
      params,
    );
  await db.query(`INSERT INTO schools (id, name, district, head_seq) SELECT $3 || s, 'Мектеп ' || s, $1, 1 FROM generate_series(1, $2::int) s`, [
    district,
    schools,
    prefix,
  ]);
  const S = `generate_series(1, ${schools}) s`;
  const G = 'generate_series(1, 9) g';
  const P = `generate_series(0, ${pupils - 1}) p`;
  await insert(
    `SELECT '${prefix}' || s AS school_id, 'academicYears' AS tbl, 'y' AS id, $1::jsonb AS data, 'school' AS audience, NULL AS pupil_id, NULL AS class_set_id FROM ${S}`,
    [JSON.stringify(year)],
  );
  await insert(
    `SELECT '${prefix}' || s AS school_id, 'subjects' AS tbl, 'sub-' || c AS id,
            jsonb_build_object('code', c, 'names', jsonb_build_object('kk', c, 'ru', c, 'en', c), 'schemaVersion', 1) AS data,
            'school' AS audience, NULL AS pupil_id, NULL AS class_set_id
       FROM ${S}, unnest($1::text[]) c`,
    [SUBJECTS],
  );
  await insert(
    `SELECT '${prefix}' || s AS school_id, 'classSets' AS tbl, 'cs' || g AS id,
            jsonb_build_object('name', g::text, 'grades', jsonb_build_array(g), 'language', CASE WHEN s % 3 = 0 THEN 'ru' ELSE 'kk' END,
                               'academicYearId', 'y', 'status', 'active', 'schemaVersion', 2) AS data,
            'school' AS audience, NULL AS pupil_id, 'cs' || g AS class_set_id
       FROM ${S}, ${G}`,
  );
  await insert(
    `SELECT '${prefix}' || s AS school_id, 'pupils' AS tbl, 'p' || p AS id,
            jsonb_build_object('surname', 'Тегі' || p, 'name', 'Аты' || p, 'grade', 1 + p % 9, 'classSetId', 'cs' || (1 + p % 9),
                               'status', 'active', 'schemaVersion', 1) AS data,
            'school' AS audience, 'p' || p AS pupil_id, 'cs' || (1 + p % 9) AS class_set_id
       FROM ${S}, ${P}`,
  );
  await insert(
    `SELECT '${prefix}' || s AS school_id, 'enrolments' AS tbl, 'e' || p AS id,
            jsonb_build_object('pupilId', 'p' || p, 'classSetId', 'cs' || (1 + p % 9), 'grade', 1 + p % 9, 'from', '2026-09-01', 'schemaVersion', 1) AS data,
            'school' AS audience, 'p' || p AS pupil_id, 'cs' || (1 + p % 9) AS class_set_id
       FROM ${S}, ${P}`,
  );
  const W = `jsonb_to_recordset($1::jsonb) AS w(id text, subject text, kind text, max int, quarter int, "opensAt" bigint, date text)`;
  const worksParam = [JSON.stringify(works)];
  await insert(
    `SELECT '${prefix}' || s AS school_id, 'assessments' AS tbl, w.id,
            jsonb_build_object('kind', w.kind, 'title', w.id, 'subjectId', 'sub-' || w.subject, 'grades', jsonb_build_array(1,2,3,4,5,6,7,8,9),
                               'authorId', 'st1', 'language', 'kk', 'criteria', '[]'::jsonb, 'selection', jsonb_build_object('kind', 'fixed', 'itemIds', '[]'::jsonb),
                               'maxScore', w.max, 'schemaVersion', 1)
            || CASE WHEN w.kind = 'formative' THEN '{}'::jsonb ELSE jsonb_build_object('quarter', w.quarter) END
            || CASE WHEN w.kind = 'sectionSummative' THEN jsonb_build_object('sectionId', 'sec-' || w.subject || w.quarter) ELSE '{}'::jsonb END AS data,
            'staff' AS audience, NULL AS pupil_id, NULL AS class_set_id
       FROM ${S}, ${W}`,
    worksParam,
  );
  await insert(
    `SELECT '${prefix}' || s AS school_id, 'assignments' AS tbl, 'g-' || g || '-' || w.id AS id,
            jsonb_build_object('assessmentId', w.id, 'classSetId', 'cs' || g, 'assignedById', 'st1', 'opensAt', w."opensAt", 'schemaVersion', 1) AS data,
            'classSet' AS audience, NULL AS pupil_id, 'cs' || g AS class_set_id
       FROM ${S}, ${G}, ${W}`,
    worksParam,
  );
  // Scores drawn from a hash of school, pupil and work: most pupils pass, some fail, some excel.
  for (let first = 1; first <= schools; first += 20) {
    await insert(
      `SELECT '${prefix}' || s AS school_id, 'marks' AS tbl, 'm-' || p || '-' || w.id AS id,
              jsonb_build_object('pupilId', 'p' || p, 'subjectId', 'sub-' || w.subject, 'classSetId', 'cs' || (1 + p % 9), 'academicYearId', 'y',
                                 'kind', w.kind, 'score', w.max - (abs(hashtext(s || '/' || p || '/' || w.id)) % (w.max * 7 / 10 + 1)),
                                 'maxScore', w.max, 'date', w.date, 'assessmentId', w.id, 'authorId', 'st1', 'schemaVersion', 1) AS data,
              'pupil' AS audience, 'p' || p AS pupil_id, 'cs' || (1 + p % 9) AS class_set_id
         FROM generate_series($2::int, $3::int) s, ${P}, ${W}`,
      [...worksParam, first, Math.min(schools, first + 19)],
    );
  }
  await db.query(
    `INSERT INTO devices (school_id, id, created_at, last_seen_at) SELECT '${prefix}' || s, 'laptop', now(), now() - (s || ' minutes')::interval FROM ${S}`,
  );
  const password = 'district-bench-password';
  const login = `${prefix}methodologist`;
  if (methodologist)
    await insertUser(
      db,
      await prepareUser({ schoolId: `${prefix}1`, login, displayName: 'Әдіскер', roles: ['methodologist'], password, district }, TEST_SCRYPT_PARAMS),
    );
  if (db.kind === 'postgres') await db.query('ANALYZE');
  return { login, password };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
};

async function measure(database: string, open: () => Promise<Database>, distDir: string, log: (line: string) => void): Promise<BenchResult> {
  const db = await open();
  try {
    let started = performance.now();
    const account = await generateDistrict(db);
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM records');
    const generateS = Math.round((performance.now() - started) / 100) / 10;
    log(`district-view ${database}: ${count?.n} rows generated in ${generateS} s`);
    const server = await startTestServer({ database: db, distDir });
    try {
      const { token } = await signIn(server.url, account.login, account.password, randomUUID());
      const overview = async () => {
        const res = await fetch(`${server.url}/api/v1/district/overview`, { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok) throw new Error(`overview: ${res.status} ${await res.text()}`);
        const body = await res.text();
        return { body, current: (JSON.parse(body) as { schools: { current: boolean }[] }).schools.filter((s) => s.current).length };
      };
      started = performance.now();
      for (let current = 0; current < DISTRICT_SCHOOLS;) ({ current } = await overview());
      const firstSummariesS = Math.round((performance.now() - started) / 100) / 10;
      log(`district-view ${database}: every school summarized in ${firstSummariesS} s`);
      const warm: number[] = [];
      let answerBytes = 0;
      for (let i = 0; i < WARM_SAMPLES; i += 1) {
        const t = performance.now();
        answerBytes = Buffer.byteLength((await overview()).body);
        warm.push(performance.now() - t);
      }
      const slowest = warm.indexOf(Math.max(...warm));
      log(`district-view ${database}: warm answers ${warm.map((ms) => Math.round(ms)).join(' ')} ms (slowest: #${slowest + 1})`);
      const changed: number[] = [];
      for (let i = 0; i < CHANGED_SAMPLES; i += 1) {
        await db.query('UPDATE schools SET head_seq = head_seq + 1 WHERE id = $1', [`bench-${1 + i}`]);
        const t = performance.now();
        const { current } = await overview();
        changed.push(performance.now() - t);
        if (current !== DISTRICT_SCHOOLS) log(`district-view ${database}: a changed school was not recomputed within the answer`);
      }
      return {
        name: 'district-view',
        workload: 'district-200',
        link: 'none',
        database,
        schools: DISTRICT_SCHOOLS,
        rows: Number(count?.n ?? 0),
        generateS,
        firstSummariesS,
        firstAnswerMs: Math.round(warm[0]!),
        overviewP50Ms: percentile(warm.slice(1), 50),
        overviewP99Ms: percentile(warm.slice(1), 99),
        oneChangedP50Ms: percentile(changed, 50),
        answerBytes,
      };
    } finally {
      await server.close();
    }
  } finally {
    await db.close();
  }
}

export const districtView: Benchmark = {
  name: 'district-view',
  async run({ distDir, log }) {
    // BENCH_DISTRICT_DATABASES=postgres (or pglite): measure one of the two only.
    const only = process.env.BENCH_DISTRICT_DATABASES;
    const rows = only === 'postgres' ? [] : [await measure('pglite', () => openBenchPglite('memory'), distDir, log)];
    if (only === 'pglite') return rows;
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!url)
      return [
        ...rows,
        {
          name: 'district-view',
          workload: 'district-200',
          link: 'none',
          database: 'postgres',
          note: 'skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL',
        },
      ];
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    try {
      rows.push(await measure('postgres', () => openDatabase({ databaseUrl: url, schema }), distDir, log));
    } finally {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
    return rows;
  },
};
