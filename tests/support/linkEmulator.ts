/**
 * A byte-level loopback TCP proxy that makes a connection behave like a school's link
 * (the links of `../shared/bench/WORKLOADS.md`): put it between a client (Chromium, a sync
 * client) and the real server, and every byte pays bandwidth and latency, service-worker
 * traffic included (Chromium's own throttling misses that).
 *
 * The model, per direction (up = client → server, down = server → client):
 * - One shared bottleneck for all connections, as a school has one link: a pacer that
 *   sends one byte after another at the link's rate (a token bucket with no burst), in
 *   arrival order (a FIFO modem queue with room for everything).
 * - Half the round trip of propagation delay after a byte has been sent.
 * - A new connection costs one round trip before its first byte leaves (the TCP
 *   handshake), so its first request arrives 1.5 round trips after `connect()`.
 * - Loss, approximated: each 1460-byte segment is lost with the link's probability; a
 *   chunk with a lost segment pays the retransmitted bytes on the link again and arrives
 *   one retransmission timeout later (round trip + 200 ms, Linux's floor with a steady
 *   round trip). Later chunks of the same connection wait behind it (TCP delivers in order).
 *
 * Not modelled, so figures are optimistic: TCP slow start and the congestion window halving
 * after a loss (geostationary ISPs mostly hide slow start behind performance-enhancing
 * proxies), ACK traffic, and queue overflow. Byte order per connection is always kept.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LinkProfile {
  name: string;
  /** Server → client, bits per second; `Infinity` for no limit. */
  downBitsPerSecond: number;
  /** Client → server, bits per second; `Infinity` for no limit. */
  upBitsPerSecond: number;
  roundTripMs: number;
  /** Probability that one TCP segment (1460 bytes) is lost, 0 to 1. */
  loss: number;
}

const MBIT = 1_000_000;

/** The standard links of WORKLOADS.md. Figures from different days compare only if these stay put. */
export const LINKS = {
  'geo-sat': { name: 'geo-sat', downBitsPerSecond: 8 * MBIT, upBitsPerSecond: 8 * MBIT, roundTripMs: 600, loss: 0 },
  'geo-sat-bad': { name: 'geo-sat-bad', downBitsPerSecond: 5.87 * MBIT, upBitsPerSecond: 2 * MBIT, roundTripMs: 800, loss: 0.01 },
  'leo-sat': { name: 'leo-sat', downBitsPerSecond: 50 * MBIT, upBitsPerSecond: 10 * MBIT, roundTripMs: 60, loss: 0 },
  lan: { name: 'lan', downBitsPerSecond: Infinity, upBitsPerSecond: Infinity, roundTripMs: 0, loss: 0 },
} as const satisfies Record<string, LinkProfile>;
export type LinkName = keyof typeof LINKS;

export interface LinkStats {
  /** Client → server bytes delivered (everything on the wire above TCP: HTTP headers too). */
  bytesUp: number;
  /** Server → client bytes delivered. */
  bytesDown: number;
  /** TCP connections the client opened. */
  connections: number;
}

export interface LinkEmulatorOptions {
  target: { host: string; port: number };
  link: LinkProfile | LinkName;
  /** Seed of the loss draws, so a run can be repeated. Default 1. */
  seed?: number;
}

export interface LinkEmulator {
  port: number;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  link: LinkProfile;
  stats(): LinkStats;
  resetStats(): void;
  close(): Promise<void>;
}

const SEGMENT_BYTES = 1460;
/** Chunks are cut to this size so that connections sharing the link interleave. */
const SLICE_BYTES = 16 * 1024;
const MIN_RTO_MS = 200;

/** The shared bottleneck of one direction: when the link is free again. */
class Pacer {
  private freeAt = 0;
  constructor(private readonly bitsPerSecond: number) {}

  /** Sends `bytes` no earlier than `readyAt`; returns when the last bit has left. */
  send(bytes: number, readyAt: number): number {
    if (!Number.isFinite(this.bitsPerSecond)) return readyAt;
    const start = Math.max(readyAt, this.freeAt);
    this.freeAt = start + (bytes * 8 * 1000) / this.bitsPerSecond;
    return this.freeAt;
  }
}

type Delivery = { at: number; chunk: Buffer } | { at: number; end: true };

/** One direction of one connection: delays each chunk, then writes it, in order. */
class DelayedPipe {
  private readonly queue: Delivery[] = [];
  private lastAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pacer: Pacer,
    private readonly link: LinkProfile,
    private readonly random: () => number,
    private readonly output: Socket,
    private readonly onDelivered: (bytes: number) => void,
  ) {}

  push(chunk: Buffer, readyAt: number): void {
    for (let offset = 0; offset < chunk.length; offset += SLICE_BYTES) {
      const slice = chunk.subarray(offset, offset + SLICE_BYTES);
      const lostSegments = this.drawLostSegments(slice.length);
      const sentAt = this.pacer.send(slice.length + lostSegments * SEGMENT_BYTES, readyAt);
      const penalty = lostSegments > 0 ? this.link.roundTripMs + MIN_RTO_MS : 0;
      this.enqueue({ at: sentAt + this.link.roundTripMs / 2 + penalty, chunk: slice });
    }
  }

  end(readyAt: number): void {
    this.enqueue({ at: readyAt + this.link.roundTripMs / 2, end: true });
  }

  stop(): void {
    clearTimeout(this.timer);
    this.queue.length = 0;
  }

  private drawLostSegments(bytes: number): number {
    if (this.link.loss <= 0) return 0;
    let lost = 0;
    for (let i = Math.ceil(bytes / SEGMENT_BYTES); i > 0; i--) if (this.random() < this.link.loss) lost++;
    return lost;
  }

  private enqueue(delivery: Delivery): void {
    delivery.at = Math.max(delivery.at, this.lastAt);
    this.lastAt = delivery.at;
    this.queue.push(delivery);
    if (this.queue.length === 1) this.flush();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = performance.now();
    while (this.queue.length > 0 && this.queue[0]!.at <= now) {
      const delivery = this.queue.shift()!;
      if (this.output.destroyed) continue;
      if ('end' in delivery) {
        this.output.end();
      } else {
        this.output.write(delivery.chunk);
        this.onDelivered(delivery.chunk.length);
      }
    }
    const next = this.queue[0];
    if (next) this.timer = setTimeout(() => this.flush(), Math.max(0, next.at - now));
  }
}

/** mulberry32: a small seeded generator, enough for loss draws. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startLinkEmulator(options: LinkEmulatorOptions): Promise<LinkEmulator> {
  const link: LinkProfile = typeof options.link === 'string' ? LINKS[options.link] : options.link;
  const random = seededRandom(options.seed ?? 1);
  const upPacer = new Pacer(link.upBitsPerSecond);
  const downPacer = new Pacer(link.downBitsPerSecond);
  const stats: LinkStats = { bytesUp: 0, bytesDown: 0, connections: 0 };
  const open = new Set<{ client: Socket; server: Socket; pipes: DelayedPipe[] }>();

  const server: Server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    stats.connections++;
    const handshakeDoneAt = performance.now() + link.roundTripMs;
    const upstream = connect({ host: options.target.host, port: options.target.port, allowHalfOpen: true, noDelay: true });
    const up = new DelayedPipe(upPacer, link, random, upstream, (n) => (stats.bytesUp += n));
    const down = new DelayedPipe(downPacer, link, random, client, (n) => (stats.bytesDown += n));
    const entry = { client, server: upstream, pipes: [up, down] };
    open.add(entry);

    const readyAt = () => Math.max(performance.now(), handshakeDoneAt);
    let hasClientEnded = false;
    let hasUpstreamEnded = false;
    client.on('data', (chunk: Buffer) => up.push(chunk, readyAt()));
    client.on('end', () => {
      hasClientEnded = true;
      up.end(readyAt());
    });
    upstream.on('data', (chunk: Buffer) => down.push(chunk, performance.now()));
    upstream.on('end', () => {
      hasUpstreamEnded = true;
      down.end(performance.now());
    });

    // A reset, or a close without a FIN, ends both sides at once; a clean FIN travels
    // through its pipe behind the data, and each socket closes once both ways are done.
    const teardown = () => {
      up.stop();
      down.stop();
      client.destroy();
      upstream.destroy();
    };
    client.on('error', teardown);
    upstream.on('error', teardown);
    client.on('close', () => {
      if (!hasClientEnded) teardown();
      if (upstream.destroyed) open.delete(entry);
    });
    upstream.on('close', () => {
      if (!hasUpstreamEnded) teardown();
      if (client.destroyed) open.delete(entry);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('link emulator: no TCP address');

  return {
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    link,
    stats: () => ({ ...stats }),
    resetStats() {
      stats.bytesUp = 0;
      stats.bytesDown = 0;
      stats.connections = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const entry of open) {
          for (const pipe of entry.pipes) pipe.stop();
          entry.client.destroy();
          entry.server.destroy();
        }
        open.clear();
        server.close(() => resolve());
      }),
  };
}
