/**
 * A server with one school and a few accounts, driven through `inject()` with a clock the
 * test moves: sessions expire and rate-limit windows pass without waiting. The database is
 * opened once per suite (PGlite takes a second or two to start) and emptied per fixture.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '@/server/app';
import type { Database } from '@/server/storage/database';
import type { LoginRateLimits } from '@/server/auth/LoginRateLimiter';
import { insertSchool, type SchoolAccount } from '@/server/accounts/schoolStore';
import { createUser, type UserAccount } from '@/server/accounts/userStore';
import { TEST_SCRYPT_PARAMS } from '../../support/server';

export const PASSWORDS = { teacher: 'aq-bota-2026', pupil: 'kitap-482', disabled: 'tau-777' } as const;

export interface AccountsFixture {
  db: Database;
  app: FastifyInstance;
  school: SchoolAccount;
  teacher: UserAccount;
  pupil: UserAccount;
  disabled: UserAccount;
  /** The server's wall clock, ms; tests move it. */
  time: { now: number };
  login(login: string, password: string, options?: { address?: string; deviceId?: string }): Promise<LightMyRequestResponse>;
  /** Stops the server; the suite closes the database. */
  close(): Promise<void>;
}

/** Empties every account and sync table, so each test starts from a blank server. */
export async function emptyDatabase(db: Database): Promise<void> {
  await db.exec('TRUNCATE schools, users, sessions, devices, device_streams, records, rejections, files, rate_events, upload_writers');
}

export async function openAccountsFixture(db: Database, options: { loginRateLimits?: LoginRateLimits } = {}): Promise<AccountsFixture> {
  await emptyDatabase(db);
  const time = { now: Date.parse('2026-11-23T08:00:00Z') };
  const school: SchoolAccount = { id: randomUUID(), name: 'Қарабұтақ шағын жинақты мектебі', district: 'Мұғалжар ауданы' };
  await insertSchool(db, school);
  const make = (login: string, roles: UserAccount['roles'], password: string, links: Partial<UserAccount> = {}) =>
    createUser(db, { schoolId: school.id, login, displayName: `${login} Test`, roles, password, ...links }, TEST_SCRYPT_PARAMS);
  const teacher = await make('teacher1', ['teacher'], PASSWORDS.teacher, { staffId: randomUUID() });
  const pupil = await make('pupil01', ['pupil'], PASSWORDS.pupil, { pupilId: randomUUID() });
  const disabled = await make('former', ['teacher'], PASSWORDS.disabled);
  await db.query('UPDATE users SET disabled = true WHERE id = $1', [disabled.id]);
  const app = await buildApp({
    database: db,
    now: () => time.now,
    ...(options.loginRateLimits ? { loginRateLimits: options.loginRateLimits } : {}),
  });
  return {
    db,
    app,
    school,
    teacher,
    pupil,
    disabled: { ...disabled, disabled: true },
    time,
    login: (login, password, opts = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login, password, deviceId: opts.deviceId ?? randomUUID() },
        remoteAddress: opts.address ?? '127.0.0.2',
      }),
    close: () => app.close(),
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** An empty sync exchange: what a device sends to pull. */
export function emptySyncBody(): Record<string, unknown> {
  return { protocol: 1, deviceId: randomUUID(), mutations: [], cursor: null, clientTime: Date.now() };
}
