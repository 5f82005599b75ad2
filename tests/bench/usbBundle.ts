/**
 * `usb-bundle`: a school day carried by file (../shared/bench/WORKLOADS.md `school-day`).
 * A shared laptop of the demo school records the whole day offline (the head's journal and
 * the quiz-taking pupils' attempts, through the real write path), then:
 * - `outbox-day`: writes every waiting change into one outbox bundle (`exportS`: reading
 *   the outbox of every signed-in person, signing, framing, checksumming); a colleague's
 *   online laptop sends the file to the school's server, which checks and applies it
 *   (`importS`: the POST until the import report is back); `reimportS`: the same file
 *   again (nothing changes). The laptop's next sync must then find nothing to send.
 * - `pull-school`: the head exports the school's pull bundle after the day (`exportS`:
 *   size and bundle from the server), a new laptop with no link imports it (`importS`).
 * No link is emulated: a USB drive moves the bytes. Timings are medians over runs.
 */
import '../support/setupFakeIndexedDb';
import { randomUUID } from 'node:crypto';
import { openBenchPglite } from './benchPglite';
import { startTestServer } from '../support/server';
import { openTestDevice } from '../support/testDevice';
import { planSchoolDay } from '../support/workloads/schoolDay';
import { schoolFacts } from '../support/workloads/schoolFacts';
import { writeOnDevice } from '../support/workloads/writeOnDevice';
import { SandyqDb } from '@/client/db/db';
import { FilesDb } from '@/client/db/files/filesDb';
import { BundlesDb } from '@/client/db/bundles/bundlesDb';
import { memoryFileCache } from '@/client/files/keptFileCache';
import { exportOutboxBundle } from '@/client/bundles/exportOutboxBundle';
import { importPullBundle } from '@/client/bundles/importPullBundle';
import { downloadPullBundle, measurePullBundle, sendOutboxBundle } from '@/client/bundles/bundleApi';
import { BatchOutcome, PullScopeKind, blobSource } from '@/sync/bundleFormat';
import type { Benchmark, BenchResult } from './benchmark';
import { medianOf, signInOnDevice } from './syncSupport';

const SCHOOL_DAY_DATE = '2026-11-23';
const SEED = 1;

interface Sample {
  changes: number;
  users: number;
  outboxBytes: number;
  outboxExportS: number;
  outboxImportS: number;
  outboxReimportS: number;
  stored: number;
  pullBytes: number;
  pullRows: number;
  pullExportS: number;
  pullImportS: number;
}

const seconds = (startMs: number) => (performance.now() - startMs) / 1000;

async function sampleOnce(log: (line: string) => void): Promise<Sample> {
  const database = await openBenchPglite();
  const server = await startTestServer({ database, demo: true });
  const marks = new BundlesDb(`bench-bundles-${randomUUID()}`);
  try {
    const demo = server.demo!;
    const facts = schoolFacts(demo);
    const plan = planSchoolDay(facts, { seed: SEED, date: SCHOOL_DAY_DATE });
    const account = (login: string) => demo.accounts.find((a) => a.login === login)!;
    const laptop = await openTestDevice({ serverUrl: server.url, login: 'head', password: account('head').password });
    const colleague = await openTestDevice({ serverUrl: server.url, login: 'teacher2', password: account('teacher2').password });
    try {
      await laptop.sync();
      const pupils = await signInOnDevice(
        server.url,
        laptop,
        plan.quizPupilIds.map((id) => facts.pupilAccounts.get(id)!),
      );
      const byPupil = new Map(plan.quizPupilIds.map((id, i) => [id, pupils[i]!.userId]));
      await writeOnDevice(laptop.db, { staff: laptop.author, pupil: (id) => ({ userId: byPupil.get(id)!, schoolId: facts.schoolId }) }, plan.records);
      const changes = await laptop.db.$outbox.count();
      log(`  ${changes} changes of ${pupils.length + 1} people wait on the laptop`);

      const profiles = [
        { userId: laptop.login.user.id, schoolId: facts.schoolId, roles: laptop.login.user.roles, token: laptop.login.token, displayName: 'head' },
        ...pupils.map((p) => ({
          userId: p.userId,
          schoolId: facts.schoolId,
          roles: ['pupil' as const],
          token: p.session.token,
          displayName: p.userId,
        })),
      ];
      let started = performance.now();
      const exported = await exportOutboxBundle({ profiles, laptopId: 'bench-laptop', openDb: () => laptop.db, marks });
      const outboxExportS = seconds(started);
      const file = exported.file!;
      const api = { baseUrl: server.url, token: colleague.login.token };
      started = performance.now();
      const report = await sendOutboxBundle(api, file);
      const outboxImportS = seconds(started);
      const refused = report.batches.filter((b) => b.outcome !== BatchOutcome.applied || b.rejected > 0);
      if (refused.length > 0) throw new Error(`${refused.length} batches refused or with rejections: ${JSON.stringify(refused[0])}`);
      const stored = report.batches.reduce((n, b) => n + b.stored, 0);
      started = performance.now();
      const again = await sendOutboxBundle(api, file);
      const outboxReimportS = seconds(started);
      if (again.batches.some((b) => b.stored !== 0)) throw new Error('the second import stored rows');
      const pass = await laptop.sync({ pull: false });
      if (pass.rejected.length > 0) throw new Error('the sync after the import was refused changes');

      const headApi = { baseUrl: server.url, token: laptop.login.token };
      const request = { scope: { kind: PullScopeKind.school }, lessonPlanIds: [] };
      started = performance.now();
      const size = await measurePullBundle(headApi, request);
      const pullFile = await downloadPullBundle(headApi, request);
      const pullExportS = seconds(started);
      if (pullFile.size !== size.bytes) throw new Error(`the pull bundle is ${pullFile.size} bytes, announced ${size.bytes}`);
      const fresh = new SandyqDb(`sandyq-s-${facts.schoolId}-${randomUUID()}`);
      await fresh.open();
      const progress = new BundlesDb(`bench-progress-${randomUUID()}`);
      try {
        started = performance.now();
        const imported = await importPullBundle(blobSource(pullFile), {
          db: fresh,
          schoolId: facts.schoolId,
          sessionTokens: [colleague.login.token],
          files: { db: new FilesDb(`bench-files-${randomUUID()}`), cache: memoryFileCache() },
          progress,
        });
        const pullImportS = seconds(started);
        if (imported.rowsStored !== size.rows) throw new Error(`stored ${imported.rowsStored} of ${size.rows} rows`);
        return {
          changes,
          users: exported.users.length,
          outboxBytes: file.size,
          outboxExportS,
          outboxImportS,
          outboxReimportS,
          stored,
          pullBytes: pullFile.size,
          pullRows: size.rows,
          pullExportS,
          pullImportS,
        };
      } finally {
        fresh.close();
        progress.close();
      }
    } finally {
      await laptop.close();
      await colleague.close();
    }
  } finally {
    marks.close();
    await server.close();
    await database.close();
  }
}

const round = (s: number) => Math.round(s * 1000) / 1000;

export const usbBundle: Benchmark = {
  name: 'usb-bundle',
  async run({ runs, log }) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      log(`usb-bundle run ${i + 1}/${runs}`);
      samples.push(await sampleOnce(log));
    }
    const med = (pick: (s: Sample) => number) => round(medianOf(samples.map(pick)));
    const first = samples[0]!;
    const rows: BenchResult[] = [
      {
        name: 'outbox-day',
        workload: 'school-day',
        link: 'none',
        changes: first.changes,
        users: first.users,
        bytes: first.outboxBytes,
        exportS: med((s) => s.outboxExportS),
        importS: med((s) => s.outboxImportS),
        reimportS: med((s) => s.outboxReimportS),
        stored: first.stored,
      },
      {
        name: 'pull-school',
        workload: 'school-day',
        link: 'none',
        rows: first.pullRows,
        bytes: first.pullBytes,
        exportS: med((s) => s.pullExportS),
        importS: med((s) => s.pullImportS),
      },
    ];
    return rows;
  },
};
