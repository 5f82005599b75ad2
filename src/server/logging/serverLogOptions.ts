/**
 * How the server logs: pino JSON lines (Fastify's logger), one format for requests, errors
 * and `npm start`'s own lines, at the level LOG_LEVEL names (default `info`). Never a
 * secret: Fastify's request serializer logs no headers and no bodies, and should a header
 * or body reach a log line anyway, the paths below are censored.
 */
import type { LoggerOptions } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where a token, a password or a body could sit in a log line. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'body',
  '*.password',
  '*.newPassword',
  '*.token',
];

export function readLogLevel(env: Record<string, string | undefined>): LogLevel {
  const value = env.LOG_LEVEL?.trim().toLowerCase();
  if (value === undefined || value === '') return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is "${env.LOG_LEVEL}".`);
}

export function serverLogOptions(level: LogLevel): LoggerOptions {
  return { level, redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' } };
}
