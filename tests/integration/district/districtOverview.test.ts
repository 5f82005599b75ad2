/**
 * The district's overview (`GET /api/v1/district/overview`) on every test database:
 * - its figures are the schools' own achievement reports: each school's report is read as
 *   the head's laptop reads it (pulled by the real sync client, `readAchievement`), and the
 *   overview's cells of that school, summed over grades, languages and shifts, give the
 *   report's every subject and the whole school in every quarter and the year;
 * - attendance counts each pupil at each held lesson, an absence once; a school's link is its
 *   latest measurement;
 * - a teacher, the head and a pupil are refused, and so is anyone signed out;
 * - a methodologist of another district sees none of this district's schools;
 * - the Digital teacher programme's growth leaves as counts per grade and subject, a line of
 *   fewer than 3 pupils left out;
 * - no pupil's name or id, and no staff-only note, is in the answer's bytes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAchievement } from '@/client/achievement/readAchievement';
import { districtOverviewSchema, type DistrictOverviewAnswer } from '@/client/district/overviewSchema';
import { ACHIEVEMENT_PERIODS } from '@/domain/reports/achievementIndicators';
import { overviewAnswerSchema } from '@/server/district/overviewMessage';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, signIn } from '../../support/testDevice';
import { OTHER_DISTRICT, seedDistrict, STAFF_ONLY_NOTE, type DistrictFixture } from './districtFixture';

const TODAY = '2026-12-04';

describe.each(TEST_DATABASES)('the district overview on $name', (kind) => {
  let server: TestServer;
  let fixture: DistrictFixture;
  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
    fixture = await seedDistrict(server.database!, server.demo!);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  const tokenOf = async (school: number, login: string) => {
    const account = fixture.loginOf(school, login);
    return (await signIn(server.url, account.login, account.password, randomUUID())).token;
  };
  const get = (token: string | undefined, query = '') =>
    fetch(`${server.url}/api/v1/district/overview${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  /** The overview once every school's figures are current (the first answers may still be computing). */
  const currentOverview = async (token: string): Promise<{ body: string; overview: DistrictOverviewAnswer }> => {
    for (let tries = 0; ; tries += 1) {
      const res = await get(token);
      expect(res.status).toBe(200);
      const body = await res.text();
      // Both ends' schemas read the same answer: the server's (its API description) and the laptop's.
      overviewAnswerSchema.parse(JSON.parse(body));
      const overview = districtOverviewSchema.parse(JSON.parse(body));
      if (overview.schools.every((s) => s.current) || tries > 100) return { body, overview };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  it('gives each school the figures of its own achievement report, and attendance counted per pupil and lesson', { timeout: 60_000 }, async () => {
    const { overview } = await currentOverview(await tokenOf(0, 'methodologist'));
    expect(overview.schools.map((s) => s.id).sort()).toEqual(fixture.schools.map((s) => s.school.id).sort());
    expect(overview.yearStart).toBe(2026);
    for (const [i, school] of fixture.schools.entries()) {
      const head = fixture.loginOf(i, 'head');
      const laptop = await openTestDevice({ serverUrl: server.url, ...head });
      try {
        await laptop.sync();
        const report = await readAchievement(laptop.db, school.school.id, undefined, TODAY);
        const index = overview.schools.findIndex((s) => s.id === school.school.id);
        const codeOf = new Map(report.subjects.map((s) => [s.id as string, s.code]));
        let compared = 0;
        for (const period of ACHIEVEMENT_PERIODS) {
          const figures = report.figures.get(period)!;
          const wanted = [...figures.subjects].map(([id, ind]) => [codeOf.get(id)!, ind] as const);
          wanted.push(['', figures.school]);
          for (const [subject, ind] of wanted) {
            const cells = overview.cells.filter((c) => c[0] === index && c[4] === subject && c[5] === (period === 'year' ? 5 : period));
            const sum = (column: 6 | 7 | 8 | 9) => cells.reduce((n, c) => n + c[column], 0);
            expect({ subject, period, pupils: sum(6), assessed: sum(7), performing: sum(8), good: sum(9) }).toEqual({
              subject,
              period,
              pupils: ind.pupils,
              assessed: ind.assessed,
              performing: ind.performing,
              good: ind.good,
            });
            compared += ind.assessed;
          }
        }
        // The comparison is over real figures: the quarter of marks assessed pupils in every subject.
        expect(compared).toBeGreaterThan(100);
      } finally {
        await laptop.close();
      }
    }
    const first = overview.schools.findIndex((s) => s.id === fixture.schools[0]!.school.id);
    expect(overview.schools[first]!.link).toMatchObject({ downMbps: 3, contractedMbps: 8, connection: 'satellite' });
    expect(overview.schools.find((s) => s.id === fixture.schools[1]!.school.id)!.link).toBeNull();
    // Growth 0, 10 and 20 points in grade 9 physics; the grade-8 pupil only in the line over all grades.
    expect(overview.schools[first]!.growth).toEqual([
      [9, 'physics', 3, 0, 30],
      [0, 'physics', 4, 0, 60],
    ]);
    const lessons = overview.cells.filter((c) => c[0] === first && c[4] === fixture.lessons.subjectCode && c[5] === 2);
    const held = fixture.lessons.pupils * 2;
    expect(lessons.reduce((n, c) => n + c[10], 0)).toBe(held);
    expect(lessons.reduce((n, c) => n + c[11], 0)).toBe(held - fixture.lessons.absences);
  });

  it('refuses a teacher, the head, a pupil and anyone signed out', async () => {
    for (const login of ['teacher1', 'head', 'pupil01']) {
      const res = await get(await tokenOf(0, login));
      expect({ login, status: res.status }).toEqual({ login, status: 403 });
    }
    expect((await get(undefined)).status).toBe(401);
  });

  it("shows a methodologist of another district only that district's school", async () => {
    const { overview } = await currentOverview(await tokenOf(2, 'methodologist'));
    expect(overview.district).toBe(OTHER_DISTRICT);
    expect(overview.schools.map((s) => s.id)).toEqual([fixture.other.school.id]);
    expect(new Set(overview.cells.map((c) => c[0]))).toEqual(new Set([0]));
  });

  it('refuses a query it does not know, with the reason', async () => {
    const token = await tokenOf(0, 'methodologist');
    for (const query of ['?year=19', '?year=abc', '?pupil=1']) {
      const res = await get(token, query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });

  it("carries no pupil's name or id", async () => {
    const { body } = await currentOverview(await tokenOf(0, 'methodologist'));
    const pupils = fixture.schools.flatMap((s) => s.records.filter((r) => r.table === 'pupils'));
    expect(pupils.length).toBeGreaterThan(100);
    for (const p of pupils) {
      expect(body).not.toContain(p.id);
      expect(body).not.toContain(`${String(p.fields.surname)} ${String(p.fields.name)}`);
      expect(body).not.toContain(`"${String(p.fields.surname)}"`);
    }
    expect(body).not.toContain(STAFF_ONLY_NOTE);
    expect(body).not.toContain('lowIncome');
  });
});
