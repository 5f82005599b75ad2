/**
 * The head's calls carry the session token from the laptop's profiles database in the
 * Authorization header (never the URL), check the answer against its schema, and fail with
 * a reason the screen can say: offline, signed out, refused, a one-time password pending.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveVerifier } from '@/client/auth/secretVerifier';
import { putProfile } from '@/client/db/profiles/profileStore';
import { ProfilesDb } from '@/client/db/profiles/profilesDb';
import { headAccountCalls, PeopleCallError } from '@/client/people/headAccounts';
import { PEOPLE_FAILURE_KEYS } from '@/client/people/peopleFailureKeys';
import { PeopleFailure } from '@/client/people/peopleRequest';
import kk from '../../../../locales/kk/people.json';

const HEAD = 'head-1';
const ACCOUNT = {
  id: 'u2',
  login: 'seitova.a',
  displayName: 'Сейітова Айгерім',
  roles: ['teacher'],
  staffId: 's2',
  disabled: false,
  mustChangePassword: true,
};

let db: ProfilesDb;
let online: boolean;
let requests: Request[];
let answer: () => Response;
let sent: number;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const calls = () =>
  headAccountCalls(HEAD, {
    profilesDb: () => db,
    baseUrl: () => 'http://school.test',
    isOnline: () => online,
    sendWaitingChanges: async () => void sent++,
    fetch: async (input, init) => {
      requests.push(new Request(input, init));
      return answer();
    },
  });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => (e instanceof PeopleCallError ? { failure: e.failure, retryAfterSeconds: e.retryAfterSeconds } : e),
  );

beforeEach(async () => {
  db = new ProfilesDb(`profiles-${Math.random()}`);
  online = true;
  requests = [];
  sent = 0;
  answer = () => json(200, { accounts: [ACCOUNT] });
  await putProfile(db, {
    userId: HEAD,
    login: 'head',
    displayName: 'Head',
    roles: ['head'],
    schoolId: 'school',
    schoolName: 'Мектеп',
    password: await deriveVerifier('x', { iterations: 10 }),
    pinFailures: 0,
    lastSignInAt: 1,
    token: 'school.secret-token',
  });
});
afterEach(async () => {
  db.close();
});

describe("the head's login calls", () => {
  it('send the token in the header only, and return what the server answered once checked', async () => {
    expect(await calls().readAccounts()).toEqual([ACCOUNT]);
    const [request] = requests;
    expect(request!.url).toBe('http://school.test/api/v1/people/accounts');
    expect(request!.headers.get('authorization')).toBe('Bearer school.secret-token');
    expect(request!.url).not.toContain('secret');
  });

  it('create a login: the request names the person, the login and the roles; the one-time password comes back', async () => {
    answer = () => json(200, { account: ACCOUNT, oneTimePassword: 'k7m2-p9x4' });
    const created = await calls().createLogin({ person: { table: 'staff', id: 's2' }, login: 'seitova.a', roles: ['teacher'] });
    expect(created.oneTimePassword).toBe('k7m2-p9x4');
    expect(requests[0]!.method).toBe('POST');
    expect(await requests[0]!.json()).toEqual({ person: { table: 'staff', id: 's2' }, login: 'seitova.a', roles: ['teacher'] });
  });

  it('a person added on this laptop a moment ago: its waiting changes are sent, then the login is asked for once more', async () => {
    const answers = [json(404, { error: { code: 'not_found', message: 'x' } }), json(200, { account: ACCOUNT, oneTimePassword: 'k7m2-p9x4' })];
    answer = () => answers.shift()!;
    const created = await calls().createLogin({ person: { table: 'staff', id: 's2' }, login: 'seitova.a', roles: ['teacher'] });
    expect(created.oneTimePassword).toBe('k7m2-p9x4');
    expect(sent).toBe(1);
    expect(requests).toHaveLength(2);
    // Still not on the server after that: the head is told, and asked only twice.
    answer = () => json(404, { error: { code: 'not_found', message: 'x' } });
    requests = [];
    expect(
      ((await failureOf(calls().createLogin({ person: { table: 'staff', id: 's9' }, login: 'x.y', roles: [] }))) as { failure: string }).failure,
    ).toBe(PeopleFailure.notFound);
    expect(requests).toHaveLength(2);
  });

  it('offline: nothing is sent, and the reason is no connection', async () => {
    online = false;
    expect(await failureOf(calls().readAccounts())).toEqual({ failure: PeopleFailure.noConnection, retryAfterSeconds: undefined });
    expect(requests).toEqual([]);
  });

  it('no token on this laptop (signed in offline with a PIN after it expired): signed out, nothing sent', async () => {
    await db.profiles.update(HEAD, { token: undefined });
    expect(((await failureOf(calls().disableLogin('u2'))) as { failure: string }).failure).toBe(PeopleFailure.signedOut);
    expect(requests).toEqual([]);
  });

  it('maps the server’s error codes to reasons, with Retry-After for a rate limit', async () => {
    const cases: Array<[Response, PeopleFailure]> = [
      [json(403, { error: { code: 'forbidden', message: 'x' } }), PeopleFailure.forbidden],
      [json(404, { error: { code: 'not_found', message: 'x' } }), PeopleFailure.notFound],
      [json(409, { error: { code: 'conflict', message: 'x' } }), PeopleFailure.conflict],
      [json(403, { error: { code: 'password_change_required', message: 'x' } }), PeopleFailure.passwordChangeRequired],
      [json(401, { error: { code: 'token_revoked', message: 'x' } }), PeopleFailure.signedOut],
      [json(500, { error: { code: 'internal', message: 'x' } }), PeopleFailure.serverError],
    ];
    for (const [response, failure] of cases) {
      answer = () => response;
      expect(((await failureOf(calls().resetPassword('u2'))) as { failure: string }).failure).toBe(failure);
    }
    answer = () => json(429, { error: { code: 'too_many_requests', message: 'x' } }, { 'retry-after': '90' });
    expect(await failureOf(calls().setRoles('u2', ['teacher']))).toEqual({ failure: PeopleFailure.tooManyRequests, retryAfterSeconds: 90 });
  });

  it('an answer that is not what the schema says is a server error, never shown as data', async () => {
    answer = () => json(200, { accounts: [{ ...ACCOUNT, roles: ['emperor'] }] });
    expect(((await failureOf(calls().readAccounts())) as { failure: string }).failure).toBe(PeopleFailure.serverError);
    answer = () => json(200, { account: ACCOUNT });
    expect(
      ((await failureOf(calls().createLogin({ person: { table: 'staff', id: 's2' }, login: 'a.b', roles: [] }))) as { failure: string }).failure,
    ).toBe(PeopleFailure.serverError);
  });

  it('every reason has a message in the people namespace', () => {
    for (const failure of Object.values(PeopleFailure)) expect(kk[PEOPLE_FAILURE_KEYS[failure] as keyof typeof kk], failure).toBeTruthy();
  });
});
