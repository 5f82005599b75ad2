/**
 * The `region-morning` workload of ../shared/bench/WORKLOADS.md, prepared for the server
 * alone: many distinct schools (each a demo school from its own seed, its synced rows
 * stored), each with its shared laptop's `school-day` as the sync requests that laptop
 * would send: the head's journal stream (pushed with a pull from the laptop's cursor) and
 * one push per quiz-taking pupil, gzip-compressed as a browser's CompressionStream does.
 * Sessions are made straight in the database, so nothing is signed in over HTTP.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { createHlc, tick } from '@/domain/hlc';
import { Role } from '@/domain/roles';
import type { Database } from '@/server/storage/database';
import { insertSchool } from '@/server/accounts/schoolStore';
import { insertUser, prepareUser, type HashedNewUser } from '@/server/accounts/userStore';
import { writeSystemRecords } from '@/server/accounts/writeSystemRecords';
import { createSession } from '@/server/auth/sessionStore';
import { buildDemoSchool } from '@/server/demo/buildDemoSchool';
import type { ServerClock } from '@/server/sync/serverClock';
import { formatCursor, PROTOCOL_VERSION, type Mutation, type SyncRequest } from '@/sync/protocol';
import { changeToWire, PROTOCOL_V2, type SyncRequestV2 } from '@/sync/protocolV2';
import { TEST_SCRYPT_PARAMS } from '../server';
import { planSchoolDay, type WorkloadRecord } from './schoolDay';
import { schoolFacts } from './schoolFacts';

export interface PreparedRequest {
  token: string;
  /** The gzip-compressed JSON body. */
  body: Buffer;
  mutations: number;
}

export interface PreparedSchool {
  schoolId: string;
  deviceId: string;
  /** Protocol v1: the journal first (with its pull), then each pupil's push. */
  requests: PreparedRequest[];
  /** Protocol v2: the same school day as one request, a batch per person (the head's with the pull). */
  v2Request: PreparedRequest;
  records: number;
}

export interface PrepareRegionOptions {
  schools: number;
  date: string;
  clock: ServerClock;
  /** Seed prefix, so two runs on one database do not collide. */
  prefix?: string;
  onProgress?(done: number): void;
}

export async function prepareRegionSchools(db: Database, options: PrepareRegionOptions): Promise<PreparedSchool[]> {
  const prefix = options.prefix ?? `region-${randomUUID().slice(0, 8)}`;
  const template = await prepareUser(
    { schoolId: 'x', login: 'template', displayName: 'x', roles: [Role.head], password: 'region-pass' },
    TEST_SCRYPT_PARAMS,
  );
  const schools: PreparedSchool[] = [];
  for (let i = 0; i < options.schools; i++) {
    const demo = buildDemoSchool(`${prefix}-${i}`);
    const facts = schoolFacts(demo);
    const plan = planSchoolDay(facts, { seed: i + 1, date: options.date });
    const schoolId = demo.school.id;
    const deviceId = randomUUID();
    const headAccount = demo.accounts.find((a) => a.login === 'head')!;
    const pupilAccounts = plan.quizPupilIds.map((id) => facts.pupilAccounts.get(id)!);
    const headSeq = await db.transaction(async (tx) => {
      await insertSchool(tx, demo.school);
      await writeSystemRecords(tx, schoolId, demo.records, options.clock);
      for (const a of [headAccount, ...pupilAccounts]) {
        const user: HashedNewUser = {
          ...template,
          schoolId,
          id: a.userId,
          login: `${prefix}-${i}-${a.login}`,
          displayName: a.displayName,
          roles: a.roles,
          ...(a.staffId ? { staffId: a.staffId } : {}),
          ...(a.pupilId ? { pupilId: a.pupilId } : {}),
        };
        await insertUser(tx, user);
      }
      const [row] = await tx.query<{ head_seq: number }>('SELECT head_seq FROM schools WHERE id = $1', [schoolId]);
      return Number(row?.head_seq ?? 0);
    });
    const now = Date.now();
    const session = async (userId: string) => (await createSession(db, { schoolId, userId, deviceId, now })).token;
    let hlc = createHlc(deviceId.replace(/-/g, '').slice(0, 16), now);
    let seq = 0;
    const toMutation = (r: WorkloadRecord): Mutation => {
      const t = tick(hlc, now);
      hlc = t.state;
      const fields = Object.keys(r.fields);
      return {
        seq: ++seq,
        table: r.table,
        id: r.id,
        schoolId,
        kind: r.kind,
        fields: r.fields,
        clocks: Object.fromEntries(fields.map((f) => [f, t.stamp])),
        ...(r.kind === 'upsert' ? { bases: Object.fromEntries(fields.map((f) => [f, null])) } : {}),
      };
    };
    const body = (mutations: Mutation[], cursor: string | null, pull: boolean): Buffer => {
      const request: SyncRequest = { protocol: PROTOCOL_VERSION, deviceId, mutations, cursor, pull, clientTime: now };
      return gzipSync(JSON.stringify(request), { level: 6 });
    };
    const journal = plan.records.filter((r) => r.author.kind === 'staff').map(toMutation);
    const headToken = await session(headAccount.userId);
    const requests: PreparedRequest[] = [{ token: headToken, body: body(journal, formatCursor(headSeq), true), mutations: journal.length }];
    const v2Batches: SyncRequestV2['batches'] = [{ changes: journal.map(changeToWire) }];
    for (const a of pupilAccounts) {
      const mine = plan.records.filter((r) => r.author.kind === 'pupil' && r.author.pupilId === a.pupilId).map(toMutation);
      const token = await session(a.userId);
      requests.push({ token, body: body(mine, formatCursor(headSeq), false), mutations: mine.length });
      v2Batches.push({ token, changes: mine.map(changeToWire) });
    }
    const v2: SyncRequestV2 = { protocol: PROTOCOL_V2, deviceId, batches: v2Batches, cursor: formatCursor(headSeq), pull: true, clientTime: now };
    const v2Request = { token: headToken, body: gzipSync(JSON.stringify(v2), { level: 6 }), mutations: plan.records.length };
    schools.push({ schoolId, deviceId, requests, v2Request, records: plan.records.length });
    options.onProgress?.(i + 1);
  }
  return schools;
}
