/**
 * Graceful shutdown: on SIGINT (Ctrl+C) or SIGTERM the server stops taking connections,
 * lets requests in flight finish (a sync batch mid-commit), runs every `onClose` hook
 * (storage closes there), then exits. A second signal, or a close that hangs past the
 * timeout, exits at once.
 */
import type { FastifyInstance } from 'fastify';

export function closeOnSignals(app: FastifyInstance, log: (line: string) => void, timeoutMs = 10_000): void {
  let isClosing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (isClosing) {
      log(`${signal} again: exiting now.`);
      process.exit(1);
    }
    isClosing = true;
    log(`${signal}: closing the server...`);
    setTimeout(() => {
      log(`Still closing after ${timeoutMs / 1000} s: exiting now.`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Closing failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
