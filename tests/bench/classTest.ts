/**
 * `class-test` (issue 10): a class of 25 takes a 20-item БЖБ (10 drawn from each of two
 * topics for each pupil) offline on one shared laptop, through the real commands (each
 * pupil signed in on the laptop, every answer stored as given, the paper handed in), then
 * the laptop syncs over `geo-sat` through the link emulator. Rows:
 * - `take-offline`: milliseconds of the laptop's own work for the whole class (starting,
 *   400+ answers written with their outbox entries, 25 papers handed in) on fake-indexeddb;
 * - `sync`: requests, bytes up and down, and wall time until the server has stored and
 *   scored every attempt (today one request per pupil: protocol v1 pushes one user's
 *   stream per request; issue 12's protocol v2 carries them all in one);
 * - `score-server`: milliseconds the server takes to score the class's 25 attempts
 *   (`scoreAttempts`, the same code the sync runs in its transaction), on PGlite.
 */
// First: Dexie reads the IndexedDB globals when it loads.
import '../support/setupFakeIndexedDb';
import { attemptCommands } from '@/client/selfStudy/attemptCommands';
import { derivedId } from '@/domain/ids';
import { writeSystemRecords, type SystemRecord } from '@/server/accounts/writeSystemRecords';
import { ServerClock } from '@/server/sync/serverClock';
import { scoreAttempts } from '@/server/sync/scoreAttempts';
import { startTestServer } from '../support/server';
import { openTestDevice } from '../support/testDevice';
import { openBenchPglite } from './benchPglite';
import { median, type Benchmark, type BenchResult } from './benchmark';
import { signInOnDevice, syncThroughLink } from './syncSupport';

const PUPILS = 25;
const PER_TOPIC = 10;
const ITEMS_PER_TOPIC = 15;
const LINK = 'geo-sat' as const;

interface Sample {
  takeMs: number;
  sync: { wallMs: number; requests: number; bytesUp: number; bytesDown: number };
  scoreMs: number;
}

async function sampleOnce(log: (line: string) => void): Promise<Sample> {
  const database = await openBenchPglite();
  const server = await startTestServer({ database, demo: true });
  try {
    const demo = server.demo!;
    const schoolId = demo.school.id;
    const key = (...parts: string[]) => derivedId('bench-class-test', ...parts);
    const mathsId = demo.records.find((r) => r.table === 'subjects' && r.fields.code === 'mathematics')!.id;
    const staffId = demo.accounts.find((a) => a.login === 'teacher4')!.staffId!;
    const classSets = demo.records.filter((r) => r.table === 'classSets').map((r) => r.id);
    const topics = ['a', 'b'].map((t) => key('topic', t));
    const items: SystemRecord[] = topics.flatMap((topicId, t) =>
      Array.from({ length: ITEMS_PER_TOPIC }, (_, i) => ({
        table: 'items' as const,
        id: key('item', String(t), String(i)),
        fields: {
          kind: 'number',
          prompt: `${i + 1} × ${t + 2} = ?`,
          key: { kind: 'number', value: (i + 1) * (t + 2), tolerance: 0 },
          points: 1,
          explanation: `${i + 1} рет ${t + 2}`,
          subjectId: mathsId,
          grade: 5,
          topicId,
          language: 'kk',
        },
      })),
    );
    const assessment: SystemRecord = {
      table: 'assessments',
      id: key('assessment'),
      fields: {
        kind: 'sectionSummative',
        title: 'БЖБ',
        subjectId: mathsId,
        grades: [5],
        quarter: 2,
        sectionId: key('section'),
        authorId: staffId,
        language: 'kk',
        criteria: [],
        selection: { kind: 'draw', perTopic: PER_TOPIC, topicIds: topics },
        maxScore: 2 * PER_TOPIC,
      },
    };
    const assignments: SystemRecord[] = classSets.map((classSetId) => ({
      table: 'assignments',
      id: key('assignment', classSetId),
      fields: { assessmentId: key('assessment'), classSetId, assignedById: staffId, opensAt: Date.now() - 3_600_000 },
    }));
    await database.transaction((tx) => writeSystemRecords(tx, schoolId, [...items, assessment, ...assignments], new ServerClock(Date.now)));

    const head = demo.accounts.find((a) => a.login === 'head')!;
    const laptop = await openTestDevice({ serverUrl: server.url, login: 'head', password: head.password });
    try {
      await laptop.sync();
      const pupilAccounts = demo.accounts.filter((a) => a.pupilId).slice(0, PUPILS);
      const users = await signInOnDevice(server.url, laptop, pupilAccounts);
      const classSetOf = new Map(demo.records.filter((r) => r.table === 'pupils').map((r) => [r.id, String(r.fields.classSetId)]));

      const started = performance.now();
      const attemptIds: string[] = [];
      for (const [i, account] of pupilAccounts.entries()) {
        const author = { userId: users[i]!.userId, schoolId };
        const pupilId = account.pupilId!;
        const id = await attemptCommands.startAttempt(laptop.db, author, { pupilId, assignmentId: key('assignment', classSetOf.get(pupilId)!) });
        const draft = (await laptop.db.$attemptDrafts.get(id))!;
        for (const itemId of draft.itemIds) await attemptCommands.answerItem(laptop.db, author, id, itemId, { kind: 'number', value: i % 7 }, 20_000);
        await attemptCommands.submitAttempt(laptop.db, author, id);
        attemptIds.push(id);
      }
      const takeMs = Math.round(performance.now() - started);
      log(`  ${PUPILS} pupils took the test on the laptop in ${takeMs} ms`);

      const measured = await syncThroughLink(
        server.port,
        LINK,
        laptop,
        users.map((u) => ({ ...u, pull: false })),
      );
      const pending = await laptop.db.$outbox.count();
      if (pending !== 0) throw new Error(`${pending} changes still pending after the sync`);
      const [scored] = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM records WHERE school_id = $1 AND tbl = 'attemptResults'", [
        schoolId,
      ]);
      if (Number(scored?.n) !== PUPILS) throw new Error(`${scored?.n} of ${PUPILS} attempts scored`);

      // Scoring again from nothing: the results taken away, the same code the sync runs.
      await database.query("DELETE FROM records WHERE school_id = $1 AND tbl = 'attemptResults'", [schoolId]);
      const scoreStart = performance.now();
      const written = await database.transaction((tx) => scoreAttempts(tx, schoolId, attemptIds, new ServerClock(Date.now), Date.now()));
      const scoreMs = Math.round(performance.now() - scoreStart);
      if (written !== PUPILS) throw new Error(`scored ${written} of ${PUPILS}`);
      return {
        takeMs,
        sync: {
          wallMs: Math.round(measured.wallS * 1000),
          requests: measured.requests,
          bytesUp: measured.stats.bytesUp,
          bytesDown: measured.stats.bytesDown,
        },
        scoreMs,
      };
    } finally {
      await laptop.close();
    }
  } finally {
    await server.close();
    await database.close();
  }
}

export const classTest: Benchmark = {
  name: 'class-test',
  async run({ runs, log }) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      log(`  run ${i + 1} of ${runs}`);
      samples.push(await sampleOnce(log));
    }
    const m = (f: (s: Sample) => number) => median(samples.map(f));
    const base = { workload: `class-test (${PUPILS} pupils × ${2 * PER_TOPIC} items)` };
    const rows: BenchResult[] = [
      { name: 'class-test take-offline', ...base, link: 'none', laptopMs: m((s) => s.takeMs) },
      {
        name: 'class-test sync',
        ...base,
        link: LINK,
        requests: m((s) => s.sync.requests),
        bytesUp: m((s) => s.sync.bytesUp),
        bytesDown: m((s) => s.sync.bytesDown),
        wallMs: m((s) => s.sync.wallMs),
      },
      { name: 'class-test score-server', ...base, link: 'none', serverMs: m((s) => s.scoreMs) },
    ];
    return rows;
  },
};
