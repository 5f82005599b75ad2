/**
 * The connectivity monitor's measurer (src/client/connectivity/measureLink.ts, the code the
 * browser runs, with Node's fetch) against the real server through the link emulator set
 * to the standard school links of WORKLOADS.md: its figures are within 15 % of the
 * emulated speeds and round trip, and the bytes it moves are what it states and within a
 * budget. The measurement runs on the first database only: the figures are the link's,
 * not the storage's (the routes' rules run on both, in linkRoutes.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureLink } from '@/client/connectivity/measureLink';
import { LINKS, startLinkEmulator, type LinkName } from '../../support/linkEmulator';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { signIn } from '../../support/testDevice';

/**
 * What a measurement may cost the school's link, bodies both ways. On 8 Mbit/s it is a
 * 64 kB probe and one 2 MB transfer each way (4.1 MB); on geo-sat-bad 3-4.5 MB.
 */
const BYTE_BUDGET = 6_500_000;
/** Headers and framing per request, at most (both ways). */
const HEADER_BYTES_PER_REQUEST = 1_200;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ database: TEST_DATABASES[0]!, demo: true });
});
afterAll(async () => {
  await server.close();
});

const within = (measured: number, emulated: number, share = 0.15) => {
  expect(measured).toBeGreaterThanOrEqual(emulated * (1 - share));
  expect(measured).toBeLessThanOrEqual(emulated * (1 + share));
};

// One link after the other: measured side by side, the two emulators and the server share one event loop and each other's timers.
describe.each(['geo-sat', 'geo-sat-bad'] as const satisfies readonly LinkName[])('measuring the %s link', (name) => {
  it('gives download, upload and round trip within 15 % of the link, at a stated and bounded cost', { timeout: 30_000 }, async () => {
    const teacher = server.demo!.accounts.find((a) => a.roles.includes('teacher'))!;
    const { token } = await signIn(server.url, teacher.login, teacher.password, randomUUID());
    const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: server.port }, link: name });
    try {
      const figures = await measureLink({ baseUrl: link.url, token });
      const emulated = LINKS[name];
      within(figures.downMbps, emulated.downBitsPerSecond / 1e6);
      within(figures.upMbps, emulated.upBitsPerSecond / 1e6);
      within(figures.rttMs, emulated.roundTripMs);

      const stats = link.stats();
      const onTheWire = stats.bytesUp + stats.bytesDown;
      expect(figures.bytesUsed).toBeLessThanOrEqual(BYTE_BUDGET);
      expect(onTheWire).toBeGreaterThanOrEqual(figures.bytesUsed);
      expect(onTheWire - figures.bytesUsed).toBeLessThanOrEqual(figures.requests * HEADER_BYTES_PER_REQUEST);
      console.info(`[link ${name}] ${JSON.stringify(figures)} on the wire ${onTheWire} B over ${stats.connections} connection(s)`);
    } finally {
      await link.close();
    }
  });
});
