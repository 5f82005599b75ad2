/**
 * A real server over HTTP with the demo school, a second school with one teacher, and
 * resource files kept in a temporary DATA_DIR/blobs (removed on close). Tokens for each
 * role, and small helpers to upload and download with them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertSchool } from '@/server/accounts/schoolStore';
import { createUser } from '@/server/accounts/userStore';
import { FileSystemBlobStore, type FileSystemBlobStoreOptions } from '@/server/files/FileSystemBlobStore';
import type { TestDatabaseKind } from '../../support/databases';
import { seededRandom } from '../../support/seededRandom';
import { startTestServer, TEST_SCRYPT_PARAMS, type TestServer } from '../../support/server';
import { signIn } from '../../support/testDevice';

export const TEST_MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface FilesFixture {
  server: TestServer;
  url: string;
  blobsDir: string;
  schoolId: string;
  otherSchoolId: string;
  tokens: { head: string; teacher: string; assistant: string; methodologist: string; pupil: string; otherTeacher: string };
  store: FileSystemBlobStore;
  close(): Promise<void>;
}

export async function openFilesFixture(kind: TestDatabaseKind, storeOptions: FileSystemBlobStoreOptions = {}): Promise<FilesFixture> {
  const blobsDir = mkdtempSync(join(tmpdir(), 'sandyq-blobs-'));
  const store = new FileSystemBlobStore(blobsDir, storeOptions);
  const server = await startTestServer({
    database: kind,
    demo: true,
    app: { files: { store, maxBytes: TEST_MAX_FILE_BYTES } },
  });
  const db = server.database!;
  const demo = server.demo!;
  const other = { id: randomUUID(), name: 'Көкжар шағын жинақты мектебі', district: 'Мұғалжар ауданы' };
  await insertSchool(db, other);
  await createUser(
    db,
    { schoolId: other.id, login: 'kokzhar-teacher', displayName: 'Teacher', roles: ['teacher'], password: 'kokzhar-1' },
    TEST_SCRYPT_PARAMS,
  );
  const account = (role: string) => demo.accounts.find((a) => a.roles.includes(role as never))!;
  const tokenOf = async (login: string, password: string) => (await signIn(server.url, login, password, randomUUID())).token;
  const tokens = {
    head: await tokenOf(account('head').login, account('head').password),
    teacher: await tokenOf(account('teacher').login, account('teacher').password),
    assistant: await tokenOf(account('assistant').login, account('assistant').password),
    methodologist: await tokenOf(account('methodologist').login, account('methodologist').password),
    pupil: await tokenOf(account('pupil').login, account('pupil').password),
    otherTeacher: await tokenOf('kokzhar-teacher', 'kokzhar-1'),
  };
  return {
    server,
    url: server.url,
    blobsDir,
    schoolId: demo.school.id,
    otherSchoolId: other.id,
    tokens,
    store,
    async close() {
      await server.close();
      rmSync(blobsDir, { recursive: true, force: true });
    },
  };
}

/** Seeded bytes and their name. */
export function testFile(seed: number, size: number): { bytes: Buffer; sha256: string } {
  const bytes = Buffer.from(seededRandom(seed).bytes(size));
  return { bytes, sha256: sha256(bytes) };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function auth(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function fileUrl(f: FilesFixture, sha: string, suffix = ''): string {
  return `${f.url}/api/v1/files/${sha}${suffix}`;
}

export async function put(f: FilesFixture, token: string, sha: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(fileUrl(f, sha), {
    method: 'PUT',
    headers: { ...auth(token), 'content-type': 'application/octet-stream', ...headers },
    body: new Uint8Array(body),
  });
}

/** Every file under the blobs folder, relative paths with their sizes. */
export function filesOnDisk(dir: string): Array<{ path: string; size: number }> {
  const out: Array<{ path: string; size: number }> = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      const st = statSync(join(dir, rel));
      if (st.isDirectory()) walk(rel);
      else out.push({ path: rel, size: st.size });
    }
  };
  walk('');
  return out;
}
