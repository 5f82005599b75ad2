/**
 * Failed sign-ins are limited per account and per address (sliding windows), answering
 * 429 too_many_requests with Retry-After; the limits bound the limiter's memory too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/storage/database';
import { SlidingWindowCounter } from '@/server/auth/SlidingWindowCounter';
import { TEST_DATABASES } from '../../support/databases';
import { fixturePerTest } from '../../support/fixturePerTest';
import { openAccountsFixture, PASSWORDS, type AccountsFixture } from './accountsFixture';

const MINUTE = 60_000;
const LIMITS = { perAccount: { max: 3, windowMs: 15 * MINUTE }, perAddress: { max: 5, windowMs: 15 * MINUTE } };

describe.each(TEST_DATABASES)('sign-in rate limits on $name', (kind) => {
  let f: AccountsFixture;
  fixturePerTest(
    kind,
    (database) => openAccountsFixture(database, { loginRateLimits: LIMITS }),
    (_database, fixture) => {
      f = fixture;
    },
  );

  it('per account: after 3 failures even the right password, from any address, gets 429 with Retry-After', async () => {
    for (const address of ['127.0.0.2', '127.0.0.3', '127.0.0.4']) {
      expect((await f.login('teacher1', 'wrong-pass', { address })).statusCode).toBe(401);
    }
    const res = await f.login('teacher1', PASSWORDS.teacher, { address: '127.0.0.9' });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('too_many_requests');
    expect(Number(res.headers['retry-after'])).toBe(15 * 60);
    // Other accounts are not affected.
    expect((await f.login('pupil01', PASSWORDS.pupil, { address: '127.0.0.9' })).statusCode).toBe(200);
  });

  it('per account: the window slides, and Retry-After counts down to when it opens', async () => {
    for (let i = 0; i < 3; i++) {
      await f.login('teacher1', 'wrong-pass');
      f.time.now += MINUTE;
    }
    const blocked = await f.login('teacher1', PASSWORDS.teacher);
    expect(Number(blocked.headers['retry-after'])).toBe(12 * 60);
    f.time.now += 12 * MINUTE;
    expect((await f.login('teacher1', PASSWORDS.teacher)).statusCode).toBe(200);
  });

  it('per account: a successful sign-in clears its failures', async () => {
    await f.login('teacher1', 'wrong-pass');
    await f.login('teacher1', 'wrong-pass');
    expect((await f.login('teacher1', PASSWORDS.teacher)).statusCode).toBe(200);
    await f.login('teacher1', 'wrong-pass');
    await f.login('teacher1', 'wrong-pass');
    expect((await f.login('teacher1', PASSWORDS.teacher)).statusCode).toBe(200);
  });

  it('per address: failures on many logins from one address block that address only', async () => {
    for (let i = 0; i < 5; i++) expect((await f.login(`guess${i}`, 'wrong-pass', { address: '127.0.0.66' })).statusCode).toBe(401);
    const blocked = await f.login('teacher1', PASSWORDS.teacher, { address: '127.0.0.66' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await f.login('teacher1', PASSWORDS.teacher, { address: '127.0.0.67' })).statusCode).toBe(200);
  });

  it('per address: right passwords do not use up the address budget (a whole school signs in from one address)', async () => {
    for (let i = 0; i < 8; i++)
      expect((await f.login(i % 2 ? 'teacher1' : 'pupil01', i % 2 ? PASSWORDS.teacher : PASSWORDS.pupil, { address: '127.0.0.70' })).statusCode).toBe(
        200,
      );
    for (let i = 0; i < 5; i++) expect((await f.login(`guess${i}`, 'wrong-pass', { address: '127.0.0.70' })).statusCode).toBe(401);
    expect((await f.login('teacher1', PASSWORDS.teacher, { address: '127.0.0.70' })).statusCode).toBe(429);
  });

  it('unknown logins count like known ones: the limit does not reveal which exist', async () => {
    for (let i = 0; i < 3; i++) await f.login('nobody', 'wrong-pass', { address: `127.0.1.${i}` });
    const res = await f.login('nobody', 'wrong-pass', { address: '127.0.2.1' });
    expect(res.statusCode).toBe(429);
  });
});

describe.each(TEST_DATABASES)('sign-in attempts at once on $name', (kind) => {
  let db: Database;
  let f: AccountsFixture;
  beforeAll(async () => {
    db = await kind.open();
    f = await openAccountsFixture(db);
  });
  afterAll(async () => {
    await f.close();
    await db.close();
  });

  it('40 wrong passwords for one account sent at once: at most the limit (10) are checked, the rest get 429', async () => {
    // Each 401 is a password that was checked: the attempt must count before the check.
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => f.login('teacher1', `guess-${i}`, { address: `127.0.3.${i}` })));
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBe(10);
    expect(codes.filter((c) => c === 429).length).toBe(30);
    expect((await f.login('teacher1', PASSWORDS.teacher)).statusCode).toBe(429);
  });
});

describe('SlidingWindowCounter', () => {
  it('forgets the longest-idle keys past its key bound, so memory stays bounded', () => {
    const counter = new SlidingWindowCounter({ max: 2, windowMs: MINUTE }, 100);
    for (let i = 0; i < 1000; i++) counter.record(`k${i}`, 0);
    expect(counter.size).toBe(100);
    expect(counter.retryAfterMs('k999', 0)).toBe(0);
    counter.record('k999', 0);
    expect(counter.retryAfterMs('k999', 0)).toBe(MINUTE);
  });

  it('keeps at most max events per key however many arrive', () => {
    const counter = new SlidingWindowCounter({ max: 3, windowMs: MINUTE });
    for (let t = 0; t < 10_000; t++) counter.record('k', t);
    expect(counter.retryAfterMs('k', 10_000)).toBe(9_997 + MINUTE - 10_000);
  });

  it('drops keys whose events all aged out', () => {
    const counter = new SlidingWindowCounter({ max: 3, windowMs: MINUTE });
    counter.record('k', 0);
    expect(counter.retryAfterMs('k', MINUTE)).toBe(0);
    expect(counter.size).toBe(0);
  });
});
