/**
 * A loopback HTTP proxy between devices and the server that misbehaves on purpose, from a
 * seed: it drops requests, drops responses after the server has committed, cuts request
 * and response bodies midway, duplicates requests, and replays old requests late (out of
 * order). The target can change under it (a restarted server on a new port).
 *
 * Faults happen only while `enabled`; the convergence check turns them off and syncs
 * everyone cleanly.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom, type SeededRandom } from './seededRandom';

export const Fault = {
  none: 'none',
  dropRequest: 'dropRequest',
  cutRequestBody: 'cutRequestBody',
  dropResponse: 'dropResponse',
  cutResponse: 'cutResponse',
  duplicate: 'duplicate',
} as const;
export type Fault = (typeof Fault)[keyof typeof Fault];

export interface FaultProxy {
  url: string;
  enabled: boolean;
  setTarget(url: string): void;
  counts(): Record<Fault | 'lateReplay', number>;
  /** Sends the stored old requests again, in random order (late, reordered duplicates). */
  replayLate(): Promise<void>;
  close(): Promise<void>;
}

interface Captured {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface FaultProxyOptions {
  seed: number;
  target: string;
  /** Probability that a request gets some fault. */
  faultRate?: number;
}

function forward(
  target: string,
  req: Captured,
  bodyOverride?: Buffer,
  abortAfterBody = false,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.path, target);
    const body = bodyOverride ?? req.body;
    const headers = { ...req.headers, host: url.host, 'content-length': String(req.body.length) };
    const upstream = http.request(url, { method: req.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    upstream.on('error', reject);
    upstream.write(body);
    if (abortAfterBody) {
      setTimeout(() => upstream.destroy(), 5);
      resolve({ status: 0, headers: {}, body: Buffer.alloc(0) });
    } else upstream.end();
  });
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random: SeededRandom = seededRandom(options.seed);
  const faultRate = options.faultRate ?? 0.3;
  let target = options.target;
  const stored: Captured[] = [];
  const counts: Record<Fault | 'lateReplay', number> = {
    none: 0,
    dropRequest: 0,
    cutRequestBody: 0,
    dropResponse: 0,
    cutResponse: 0,
    duplicate: 0,
    lateReplay: 0,
  };
  const faults: Fault[] = [Fault.dropRequest, Fault.cutRequestBody, Fault.dropResponse, Fault.cutResponse, Fault.duplicate];
  const proxy: FaultProxy = {
    url: '',
    enabled: true,
    setTarget(url) {
      target = url;
    },
    counts: () => ({ ...counts }),
    async replayLate() {
      const batch = stored.splice(0, stored.length);
      for (let i = batch.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        [batch[i], batch[j]] = [batch[j]!, batch[i]!];
      }
      for (const req of batch) {
        counts.lateReplay++;
        await forward(target, req).catch(() => undefined);
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const server = http.createServer((clientReq, clientRes) => {
    const chunks: Buffer[] = [];
    clientReq.on('data', (c: Buffer) => chunks.push(c));
    clientReq.on('end', () => {
      const req: Captured = {
        method: clientReq.method ?? 'GET',
        path: clientReq.url ?? '/',
        headers: clientReq.headers,
        body: Buffer.concat(chunks),
      };
      const fault: Fault = proxy.enabled && random.chance(faultRate) ? random.pick(faults) : Fault.none;
      counts[fault]++;
      if (proxy.enabled && req.method === 'POST' && random.chance(0.2)) stored.push(req);
      void handle(req, fault, clientRes).catch(() => clientRes.destroy());
    });
  });

  async function handle(req: Captured, fault: Fault, res: http.ServerResponse): Promise<void> {
    switch (fault) {
      case Fault.dropRequest:
        res.destroy();
        return;
      case Fault.cutRequestBody:
        await forward(target, req, req.body.subarray(0, Math.floor(req.body.length / 2)), true);
        res.destroy();
        return;
      case Fault.dropResponse:
        await forward(target, req);
        res.destroy();
        return;
      case Fault.duplicate: {
        await forward(target, req);
        const second = await forward(target, req);
        send(res, second);
        return;
      }
      case Fault.cutResponse: {
        const answer = await forward(target, req);
        res.writeHead(answer.status, stripLength(answer.headers));
        res.write(answer.body.subarray(0, random.int(Math.max(1, answer.body.length))));
        setTimeout(() => res.destroy(), 5);
        return;
      }
      case Fault.none:
        send(res, await forward(target, req));
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

function stripLength(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const { 'content-length': _length, 'transfer-encoding': _te, connection: _c, ...rest } = headers;
  return rest;
}

function send(res: http.ServerResponse, answer: { status: number; headers: http.IncomingHttpHeaders; body: Buffer }): void {
  res.writeHead(answer.status, { ...stripLength(answer.headers), 'content-length': String(answer.body.length) });
  res.end(answer.body);
}
