/** Builds the client when `dist/` is missing or older than its sources; says which and why. */
import { buildFreshness, BuildState } from './buildFreshness';
import { runViteBuild } from './runViteBuild';

export async function ensureBuild(projectRoot: string, distDir: string, log: (line: string) => void): Promise<void> {
  const freshness = await buildFreshness(projectRoot, distDir);
  if (freshness.state === BuildState.fresh) {
    log(`Using the existing build in dist/ (${freshness.reason}).`);
    return;
  }
  log(`Building the app (${freshness.reason})...`);
  const started = Date.now();
  await runViteBuild(projectRoot);
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
