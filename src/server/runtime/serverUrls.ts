/**
 * The addresses to print once listening: localhost for this machine, and the machine's
 * IPv4 addresses on the school network when listening on all interfaces.
 */
import { networkInterfaces } from 'node:os';

export function serverUrls(host: string, port: number): { local: string; network: string[] } {
  const isAllInterfaces = host === '0.0.0.0' || host === '::';
  const local = `http://${isAllInterfaces || host === '127.0.0.1' ? 'localhost' : host}:${port}`;
  if (!isAllInterfaces) return { local, network: [] };
  const network = Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => `http://${a.address}:${port}`);
  return { local, network };
}
