/**
 * A sync body past the limit, sent uncompressed over a real socket by a slow sender (a
 * satellite link), is answered with the 413 the client acts on (it halves its batch), never
 * a connection reset: the server reads the body to its end before it answers and closes.
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_LIMITS } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { signIn } from '../../support/testDevice';

/** Sends `total` bytes of body in chunks with pauses, as a slow link does; resolves with what came back. */
function sendSlowly(port: number, token: string, total: number): Promise<{ answer: string; error?: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let error: string | undefined;
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('error', (e) => (error = String(e)));
    socket.on('close', () => resolve(error === undefined ? { answer } : { answer, error }));
    socket.write(
      `POST /api/v1/sync HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${token}\r\ncontent-type: application/json\r\ncontent-length: ${total}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const next = () => {
      if (socket.destroyed) return;
      if (sent >= total) return void socket.end();
      const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += part.length;
      socket.write(part, () => setTimeout(next, 2));
    };
    next();
  });
}

describe('an oversized uncompressed sync body', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: TEST_DATABASES[0]!, demo: true });
  });
  afterAll(async () => server.close());

  it('sent slowly, is answered 413 payload_too_large with the limit, never a reset', async () => {
    const teacher = server.demo!.accounts.find((a) => a.login === 'teacher1')!;
    const { token } = await signIn(server.url, teacher.login, teacher.password, randomUUID());
    const { answer, error } = await sendSlowly(server.port, token, SYNC_LIMITS.maxBodyBytes + 1024 * 1024);
    expect(error).toBeUndefined();
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"payload_too_large"');
    expect(answer).toContain(`"limit":${SYNC_LIMITS.maxBodyBytes}`);
  });
});
