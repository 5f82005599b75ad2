/**
 * Seeded generators of malformed requests for every endpoint that takes input: sync, sign-in,
 * sign-out, "who am I" and files. Each generator breaks a request in one named way that the
 * server must refuse with a 4xx (never accept, never fail): wrong types, missing fields,
 * numbers past what the schema allows, deep nesting, invalid UTF-8, truncated JSON, wrong
 * content types and encodings, gzip that inflates within and past the limit, oversized
 * bodies, forged tokens. A generator never produces a valid request: a failing run names
 * the generator and the seed, which replays it.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SYNC_LIMITS } from '@/sync/protocol';
import type { SeededRandom } from '../../support/seededRandom';

export interface FuzzRequest {
  /** The generator that made it, to name a failure. */
  kind: string;
  method: 'GET' | 'POST' | 'PUT' | 'HEAD';
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface FuzzContext {
  tokens: { head: string; teacher: string; pupil: string };
  schoolId: string;
  /** A file the school holds, for ranges. */
  storedSha: string;
  storedSize: number;
  maxFileBytes: number;
}

type Generator = (r: SeededRandom, c: FuzzContext) => Omit<FuzzRequest, 'kind'>;

const JSON_TYPE = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

// ---------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------

const ALPHABET = ['a', 'Z', '0', ' ', '"', '\\', '{', '}', '[', ']', ',', ':', 'ә', 'Қ', 'ж', '😀', '\u0000', '\u001f', '\u2028', '\ud800'];

function randomString(r: SeededRandom, max = 40): string {
  return Array.from({ length: r.int(max + 1) }, () => r.pick(ALPHABET)).join('');
}

/** A JSON value of a type chosen at random, never `allowed`. */
function wrongValue(r: SeededRandom, allowed: string): unknown {
  const candidates: Array<[string, () => unknown]> = [
    ['string', () => randomString(r)],
    ['number', () => r.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 64, Number.MAX_SAFE_INTEGER + 2])],
    ['boolean', () => r.chance(0.5)],
    ['null', () => null],
    ['array', () => [randomString(r, 5), r.int(10)]],
    ['object', () => ({ [randomString(r, 8)]: randomString(r, 8) })],
  ];
  return r.pick(candidates.filter(([type]) => type !== allowed))[1]();
}

function deepNesting(depth: number, closed: boolean): string {
  return '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
}

function invalidUtf8(r: SeededRandom): Buffer {
  return Buffer.from(r.pick([[0xff], [0xc3, 0x28], [0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x28, 0xa1]]));
}

function mutationOf(c: FuzzContext, seq: number): Record<string, unknown> {
  return {
    table: 'subjects',
    id: randomUUID(),
    schoolId: c.schoolId,
    kind: 'upsert',
    fields: { code: 'fuzz' },
    clocks: { code: '2026-11-23T08:00:00.000Z-0000-0000000000000fff' },
    seq,
  };
}

function validSync(c: FuzzContext, mutations = 1): Record<string, unknown> {
  return {
    protocol: 1,
    deviceId: randomUUID(),
    mutations: Array.from({ length: mutations }, (_, i) => mutationOf(c, i + 1)),
    cursor: null,
    pull: false,
    clientTime: 1_795_000_000_000,
  };
}

const SYNC_TYPES: Record<string, string> = { protocol: 'number', deviceId: 'string', mutations: 'array', cursor: 'string', clientTime: 'number' };
const SYNC_REQUIRED = Object.keys(SYNC_TYPES);

// Large payloads are made once: the point is the server's work, not the test's.
let cached: { gzipWithin: Buffer; gzipPast: Buffer; oversizedSync: Buffer } | undefined;
function largePayloads() {
  cached ??= {
    // Inflates to 8 MB (under the 16 MB limit) of a body that is still invalid.
    gzipWithin: gzipSync(Buffer.from(`{"protocol":1,"padding":"${' '.repeat(8 * 1024 * 1024)}","deviceId":"not-a-uuid"}`)),
    // Inflates to 64 MB: a bomb past the limit.
    gzipPast: gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)),
    oversizedSync: Buffer.from(`{"protocol":1,"deviceId":"${'x'.repeat(SYNC_LIMITS.maxBodyBytes)}"}`),
  };
  return cached;
}

// ---------------------------------------------------------------------------------------
// POST /api/v1/sync (as a signed-in head unless the case is about the token)
// ---------------------------------------------------------------------------------------

const syncPost = (c: FuzzContext, body: Buffer, headers: Record<string, string> = JSON_TYPE) => ({
  method: 'POST' as const,
  url: '/api/v1/sync',
  headers: { ...bearer(c.tokens.head), ...headers },
  body,
});

const SYNC: Record<string, [number, Generator]> = {
  'sync/wrong type': [
    10,
    (r, c) => {
      const field = r.pick(SYNC_REQUIRED);
      return syncPost(c, json({ ...validSync(c), [field]: wrongValue(r, field === 'cursor' ? 'null' : SYNC_TYPES[field]!) }));
    },
  ],
  'sync/missing field': [
    6,
    (r, c) => {
      const body = validSync(c);
      delete body[r.pick(SYNC_REQUIRED)];
      return syncPost(c, json(body));
    },
  ],
  'sync/numbers past the schema': [
    6,
    (r, c) => {
      const body = validSync(c);
      const [path, value] = r.pick<[string, string]>([
        ['protocol', '9007199254740993'],
        ['protocol', '1.5'],
        ['clientTime', '1e999'],
        ['clientTime', '-1e999'],
        ['seq', '1e300'],
        ['seq', '-1'],
        ['seq', '0'],
        ['seq', '9007199254740993'],
      ]);
      const text = JSON.stringify(path === 'seq' ? { ...body, mutations: [{ ...mutationOf(c, 1), seq: 424242 }] } : { ...body, [path]: 424242 });
      return syncPost(c, Buffer.from(text.replace('424242', value)));
    },
  ],
  'sync/deep nesting': [
    4,
    (r, c) => {
      const depth = r.pick([64, 1_000, 10_000, 100_000]);
      const where = r.pick(['deviceId', 'cursor', 'mutations', 'top']);
      const nested = deepNesting(depth, r.chance(0.7));
      const text = where === 'top' ? nested : JSON.stringify({ ...validSync(c), [where]: 0 }).replace(`"${where}":0`, `"${where}":${nested}`);
      return syncPost(c, Buffer.from(text));
    },
  ],
  'sync/invalid UTF-8': [
    5,
    (r, c) => {
      const text = JSON.stringify({ ...validSync(c), deviceId: 'DEVICE' });
      const [before, after] = text.split('DEVICE') as [string, string];
      return syncPost(
        c,
        Buffer.concat([Buffer.from(before), invalidUtf8(r), Buffer.from(randomString(r, 10).replace(/["\\]/g, '')), Buffer.from(after)]),
      );
    },
  ],
  'sync/truncated JSON': [
    8,
    (r, c) => {
      const text = JSON.stringify(validSync(c, 1 + r.int(3)));
      return syncPost(c, Buffer.from(text.slice(0, r.int(text.length))));
    },
  ],
  'sync/wrong content type': [
    6,
    (r, c) => {
      const type = r.pick([
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'image/png',
        'x',
        'json',
        '',
      ]);
      const body = r.chance(0.5) ? json(validSync(c)) : Buffer.from(randomString(r, 200));
      return syncPost(c, body, type === '' ? {} : { 'content-type': type });
    },
  ],
  'sync/not an object': [4, (r, c) => syncPost(c, json(r.pick([null, 42, 'sync', [], [validSync(c)], true])))],
  'sync/prototype poisoning': [
    3,
    (r, c) => {
      const poison = r.pick(['"__proto__":{"isAdmin":true}', '"constructor":{"prototype":{"isAdmin":true}}']);
      return syncPost(c, Buffer.from(JSON.stringify({ ...validSync(c), mutations: 'x' }).replace('{', `{${poison},`)));
    },
  ],
  'sync/bad mutation': [
    8,
    (r, c) => {
      const bad = r.pick<Record<string, unknown>>([
        { table: 'users' },
        { table: '__proto__' },
        { kind: 'delete' },
        { id: 'x'.repeat(65) },
        { id: '' },
        { schoolId: 'y'.repeat(65) },
        { clocks: { code: 'yesterday' } },
        { fields: { ['f'.repeat(65)]: 1 } },
        { fields: [] },
        { bases: { code: 'not-a-stamp' } },
      ]);
      return syncPost(c, json({ ...validSync(c), mutations: [{ ...mutationOf(c, 1), ...bad }] }));
    },
  ],
  'sync/seqs out of order': [
    3,
    (r, c) => {
      const body = validSync(c, 3);
      const mutations = body.mutations as Array<Record<string, unknown>>;
      mutations[2]!.seq = r.pick([1, 2]);
      return syncPost(c, json(body));
    },
  ],
  'sync/bad cursor': [3, (r, c) => syncPost(c, json({ ...validSync(c), cursor: r.pick(['v2:1', 'v1:-1', 'v1:', 'v1:1a', 'v1:'.padEnd(80, '9')]) }))],
  'sync/other protocol': [2, (r, c) => syncPost(c, json({ ...validSync(c), protocol: r.pick([0, 2, 99]) }))],
  'sync/too many mutations': [0.2, (_r, c) => syncPost(c, json(validSync(c, SYNC_LIMITS.maxMutations + 1)))],
  'sync/broken gzip': [
    3,
    (r, c) =>
      syncPost(c, Buffer.concat([gzipSync(json(validSync(c))).subarray(0, 20), Buffer.from(r.bytes(30))]), {
        ...JSON_TYPE,
        'content-encoding': 'gzip',
      }),
  ],
  'sync/unknown encoding': [
    2,
    (r, c) => syncPost(c, json(validSync(c)), { ...JSON_TYPE, 'content-encoding': r.pick(['compress', 'zstd2', 'x-gzip']) }),
  ],
  'sync/gzip inflating within the limit': [0.15, (_r, c) => syncPost(c, largePayloads().gzipWithin, { ...JSON_TYPE, 'content-encoding': 'gzip' })],
  'sync/gzip bomb past the limit': [0.1, (_r, c) => syncPost(c, largePayloads().gzipPast, { ...JSON_TYPE, 'content-encoding': 'gzip' })],
  'sync/oversized body': [0.05, (_r, c) => syncPost(c, largePayloads().oversizedSync)],
  'sync/forged token': [4, (r, c) => ({ ...syncPost(c, json(validSync(c))), headers: { ...JSON_TYPE, ...forgedAuthorization(r, c) } })],
};

// ---------------------------------------------------------------------------------------
// Sign-in, sign-out, who am I
// ---------------------------------------------------------------------------------------

function forgedAuthorization(r: SeededRandom, c: FuzzContext): Record<string, string> {
  const [school, secret = ''] = c.tokens.head.split('.');
  const value = r.pick([
    '',
    'Bearer',
    'Bearer ',
    `Basic ${c.tokens.head}`,
    `Bearer ${school}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`,
    `Bearer ${randomUUID()}.${secret}`,
    `Bearer ${randomString(r, 60).replace(/[^\x21-\x7e]/g, 'q')}`,
    `Bearer ${'a'.repeat(4000)}.${'b'.repeat(3000)}`,
    `Bearer ${c.tokens.head} ${c.tokens.head}`,
  ]);
  return value === '' ? {} : { authorization: value };
}

const LOGIN_TYPES: Record<string, string> = { login: 'string', password: 'string', deviceId: 'string' };
const validLogin = () => ({ login: 'fuzz-nobody', password: 'not-the-password', deviceId: randomUUID() });
const loginPost = (body: Buffer, headers: Record<string, string> = JSON_TYPE) => ({
  method: 'POST' as const,
  url: '/api/v1/auth/login',
  headers,
  body,
});

const AUTH: Record<string, [number, Generator]> = {
  'login/wrong type': [
    4,
    (r) => {
      const field = r.pick(Object.keys(LOGIN_TYPES));
      return loginPost(json({ ...validLogin(), [field]: wrongValue(r, 'string') }));
    },
  ],
  'login/missing field': [
    3,
    (r) => {
      const body: Record<string, unknown> = validLogin();
      delete body[r.pick(Object.keys(LOGIN_TYPES))];
      return loginPost(json(body));
    },
  ],
  'login/too long or empty': [
    3,
    (r) =>
      loginPost(
        json({
          ...validLogin(),
          ...r.pick([{ login: 'l'.repeat(101) }, { login: '   ' }, { password: '' }, { password: 'p'.repeat(1025) }, { deviceId: 'device-1' }]),
        }),
      ),
  ],
  'login/invalid UTF-8': [
    2,
    (r) => {
      const [before, after] = JSON.stringify({ ...validLogin(), deviceId: 'DEVICE' }).split('DEVICE') as [string, string];
      return loginPost(Buffer.concat([Buffer.from(before), invalidUtf8(r), Buffer.from(after)]));
    },
  ],
  'login/truncated JSON': [
    3,
    (r) => {
      const text = JSON.stringify(validLogin());
      return loginPost(Buffer.from(text.slice(0, r.int(text.length))));
    },
  ],
  'login/not an object': [2, (r) => loginPost(json(r.pick([null, 'admin', 1, [validLogin()]])))],
  'login/deep nesting': [1, (r) => loginPost(Buffer.from(deepNesting(r.pick([100, 1_000, 2_000]), r.chance(0.5))))],
  'login/wrong content type': [
    2,
    (r) => loginPost(json(validLogin()), { 'content-type': r.pick(['text/html', 'application/xml', 'multipart/form-data']) }),
  ],
  'login/oversized body': [1, () => loginPost(json({ ...validLogin(), password: 'p'.repeat(5_000) }))],
  'logout/no session': [
    5,
    (r, c) => ({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...forgedAuthorization(r, c), ...(r.chance(0.5) ? JSON_TYPE : {}) },
      body: r.chance(0.5) ? Buffer.from(randomString(r, 100)) : Buffer.alloc(0),
    }),
  ],
  'me/forged token': [10, (r, c) => ({ method: 'GET', url: '/api/v1/auth/me', headers: forgedAuthorization(r, c) })],
};

// ---------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------

/** Every byte percent-encoded, lone surrogates included (as replacement characters). */
const percentEncoded = (text: string) => [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const randomSha = (r: SeededRandom) => Buffer.from(r.bytes(32)).toString('hex');
const filePut = (c: FuzzContext, sha: string, body: Buffer, headers: Record<string, string>, token = c.tokens.teacher) => ({
  method: 'PUT' as const,
  url: `/api/v1/files/${sha}`,
  headers: { ...bearer(token), 'content-type': 'application/octet-stream', ...headers },
  body,
});

const FILES: Record<string, [number, Generator]> = {
  'files/name not a SHA-256': [
    3,
    (r, c) => {
      const name = r.pick([
        randomSha(r).toUpperCase(),
        randomSha(r).slice(1),
        `${randomSha(r)}0`,
        percentEncoded(randomString(r, 20)) || 'x',
        '..%2F..%2Fetc%2Fpasswd',
        'a'.repeat(300),
      ]);
      return {
        method: r.pick(['GET', 'PUT', 'HEAD'] as const),
        url: `/api/v1/files/${name}`,
        headers: bearer(c.tokens.teacher),
        body: Buffer.from('x'),
      };
    },
  ],
  'files/bytes that hash to another name': [3, (r, c) => filePut(c, randomSha(r), Buffer.from(r.bytes(1 + r.int(5_000))), {})],
  'files/malformed Content-Range': [
    3,
    (r, c) =>
      filePut(c, randomSha(r), Buffer.from('0123456789'), {
        'content-range': r.pick([
          'bytes 0-9/*',
          'bytes */10',
          'bytes 5-1/10',
          'bytes 0-9/5',
          'bits 0-9/10',
          'bytes=0-9/10',
          'bytes 0-19/20',
          '',
          'bytes 0-9/10, 10-19/20',
        ]),
      }),
  ],
  'files/chunk past the offset held': [
    2,
    (r, c) => {
      const start = 10 + r.int(1000);
      return filePut(c, randomSha(r), Buffer.from('0123456789'), { 'content-range': `bytes ${start}-${start + 9}/100000` });
    },
  ],
  'files/over the size limit': [
    2,
    (r, c) => filePut(c, randomSha(r), Buffer.from('0123456789'), { 'content-range': `bytes 0-9/${c.maxFileBytes + 1 + r.int(1e9)}` }),
  ],
  'files/content encoding': [
    1,
    (r, c) => filePut(c, randomSha(r), gzipSync(Buffer.from('file')), { 'content-encoding': r.pick(['gzip', 'br', 'deflate']) }),
  ],
  'files/not a media type': [
    1,
    (r, c) => filePut(c, randomSha(r), Buffer.from('file'), { 'content-type': r.pick(['x', 'image/', '/png', 'a b/c']) }),
  ],
  'files/pupil uploads': [2, (r, c) => filePut(c, randomSha(r), Buffer.from(r.bytes(100)), {}, c.tokens.pupil)],
  'files/pupil asks upload status': [1, (r, c) => ({ method: 'GET', url: `/api/v1/files/${randomSha(r)}/status`, headers: bearer(c.tokens.pupil) })],
  'files/unknown file': [
    2,
    (r, c) => ({ method: r.pick(['GET', 'HEAD'] as const), url: `/api/v1/files/${randomSha(r)}`, headers: bearer(c.tokens.pupil) }),
  ],
  'files/bad Range': [
    3,
    (r, c) => ({
      method: 'GET',
      url: `/api/v1/files/${c.storedSha}`,
      headers: {
        ...bearer(c.tokens.pupil),
        range: r.pick([
          `bytes=${c.storedSize}-`,
          `bytes=${c.storedSize + r.int(100)}-${c.storedSize + 200}`,
          'bytes=9-1',
          'bytes=-0',
          'bytes=0-1,4-5',
          'lines=1-2',
          'bytes=x-y',
          `bytes=${'9'.repeat(30)}-`,
        ]),
      },
    }),
  ],
  'files/no token': [2, (r, c) => ({ ...filePut(c, randomSha(r), Buffer.from('x'), {}), headers: forgedAuthorization(r, c) })],
};

const ALL = { ...SYNC, ...AUTH, ...FILES };
const TOTAL_WEIGHT = Object.values(ALL).reduce((sum, [w]) => sum + w, 0);

export const MALFORMED_KINDS = Object.keys(ALL);

/** One malformed request of the given kind, or of one drawn by weight. */
export function malformedRequest(r: SeededRandom, c: FuzzContext, kind?: string): FuzzRequest {
  if (kind === undefined) {
    let pick = r.next() * TOTAL_WEIGHT;
    kind = MALFORMED_KINDS.find((k) => (pick -= ALL[k]![0]) <= 0) ?? MALFORMED_KINDS[0]!;
  }
  const [, generate] = ALL[kind]!;
  return { kind, ...generate(r, c) };
}
