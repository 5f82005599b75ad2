/**
 * Where `npm start` listens. `0.0.0.0` by default so the other laptops of the school reach
 * the server over the school's network, not only this machine.
 */
export interface ListenConfig {
  port: number;
  host: string;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '0.0.0.0';

export function readListenConfig(env: Readonly<Record<string, string | undefined>>): ListenConfig {
  const rawPort = env.PORT?.trim() || String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${rawPort}"`);
  }
  return { port, host: env.HOST?.trim() || DEFAULT_HOST };
}
