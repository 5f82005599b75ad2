/**
 * The log level comes from LOG_LEVEL, `info` when unset; anything else is refused at start
 * with a message naming the levels. The options censor where a secret could sit.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { readLogLevel, serverLogOptions } from '@/server/logging/serverLogOptions';

describe('readLogLevel', () => {
  it('is info when LOG_LEVEL is unset or empty', () => {
    expect(readLogLevel({})).toBe('info');
    expect(readLogLevel({ LOG_LEVEL: ' ' })).toBe('info');
  });

  it('takes any pino level, in any case', () => {
    expect(readLogLevel({ LOG_LEVEL: 'debug' })).toBe('debug');
    expect(readLogLevel({ LOG_LEVEL: 'WARN' })).toBe('warn');
    expect(readLogLevel({ LOG_LEVEL: 'silent' })).toBe('silent');
  });

  it('refuses an unknown level, naming the ones it takes', () => {
    expect(() => readLogLevel({ LOG_LEVEL: 'verbose' })).toThrow(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; it is "verbose".',
    );
  });
});

describe('serverLogOptions', () => {
  it('writes JSON lines with the Authorization header, cookies, bodies and passwords censored', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()) });
    const logger = pino(serverLogOptions('info'), sink);
    logger.info(
      {
        req: {
          method: 'POST',
          headers: { authorization: 'Bearer secret-token', cookie: 'sid=secret-cookie' },
          body: { password: 'secret-password' },
        },
      },
      'request',
    );
    logger.info({ user: { login: 'head', password: 'secret-password', token: 'secret-token' } }, 'account');
    logger.debug('below the level');
    expect(lines).toHaveLength(2);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({
      level: 30,
      msg: 'request',
      req: { method: 'POST', headers: { authorization: '[redacted]', cookie: '[redacted]' }, body: '[redacted]' },
    });
    expect(parsed[1]).toMatchObject({ user: { login: 'head', password: '[redacted]', token: '[redacted]' } });
    expect(lines.join('\n')).not.toMatch(/secret/);
  });
});
