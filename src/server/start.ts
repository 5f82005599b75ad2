/**
 * `npm start`: build the client if `dist/` is missing or stale, then serve it and the API
 * from this one Node process until Ctrl+C.
 */
import { buildApp } from './app';
import { ensureBuild } from './build/ensureBuild';
import { defaultDistDir, projectRoot } from './projectRoot';
import { closeOnSignals } from './runtime/closeOnSignals';
import { readListenConfig } from './runtime/readListenConfig';
import { serverUrls } from './runtime/serverUrls';

const log = (line: string) => console.log(`[sandyq] ${line}`);

async function start(): Promise<void> {
  const { port, host } = readListenConfig(process.env);
  await ensureBuild(projectRoot, defaultDistDir, log);
  const app = await buildApp({ distDir: defaultDistDir, logger: true });
  closeOnSignals(app, log);
  await app.listen({ port, host });
  const address = app.server.address();
  const urls = serverUrls(host, typeof address === 'object' && address ? address.port : port);
  log(`Sandyq is running at ${urls.local}`);
  for (const url of urls.network) log(`On the school network: ${url} (offline use there needs HTTPS, see README)`);
}

start().catch((error: unknown) => {
  console.error(`[sandyq] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
