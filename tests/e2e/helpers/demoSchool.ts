/**
 * The real server with the demo school for browser tests: its own PGlite database (kept
 * by the test, so the server can be stopped for "offline" and started again on the same
 * data and port), resource files in a temporary folder of their own, and the demo
 * accounts to sign in with.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemBlobStore } from '@/server/files/FileSystemBlobStore';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';
import type { Database } from '@/server/storage/database';
import type { Browser } from 'playwright-core';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';

export interface DemoServer {
  server: TestServer;
  database: Database;
  account(login: string): DemoAccount;
}

export async function startDemoServer(options: { distDir?: string } = {}): Promise<DemoServer> {
  const database = await TEST_DATABASES[0]!.open();
  const store = new FileSystemBlobStore(mkdtempSync(join(tmpdir(), 'sandyq-e2e-blobs-')));
  const server = await startTestServer({ database, demo: true, app: { files: { store } }, ...(options.distDir ? { distDir: options.distDir } : {}) });
  const accounts = server.demo!.accounts;
  return {
    server,
    database,
    account(login) {
      const found = accounts.find((a) => a.login === login);
      if (!found) throw new Error(`No demo account ${login}`);
      return found;
    },
  };
}

/** Closes what a suite opened, whichever of the two had opened before a failure. */
export async function closeDemoAndBrowser(demo: DemoServer | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await demo?.server.close();
  await demo?.database.close();
}
