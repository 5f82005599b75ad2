import { describe, expect, it } from 'vitest';
import { createHlc, parseStamp, receive, tick, compareStamps } from '@/domain/hlc';

const NODE_A = '000000000000000a';
const NODE_B = '000000000000000b';

describe('hybrid logical clock', () => {
  it('stamps are strictly increasing on one node while the wall clock stands still', () => {
    let s = createHlc(NODE_A, 1000);
    const stamps: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = tick(s, 1000);
      s = r.state;
      stamps.push(r.stamp);
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(5);
  });

  it('stays monotonic when the wall clock runs backwards', () => {
    let s = createHlc(NODE_A, 0);
    const first = tick(s, 1_700_000_000_000);
    s = first.state;
    const second = tick(s, 1_600_000_000_000); // clock set back ~3 years
    expect(compareStamps(second.stamp, first.stamp)).toBe(1);
  });

  it('after receiving a stamp from a clock an hour ahead, the next local stamp sorts after it', () => {
    const now = Date.UTC(2026, 10, 23);
    const ahead = tick(createHlc(NODE_B), now + 3_600_000).stamp;
    const local = receive(createHlc(NODE_A, now), ahead, now);
    const next = tick(local, now).stamp;
    expect(compareStamps(next, ahead)).toBe(1);
  });

  it('a device 40 days behind still orders its later edits after what it has seen', () => {
    const serverNow = Date.UTC(2026, 10, 23);
    const behind = serverNow - 40 * 86_400_000;
    const seen = tick(createHlc(NODE_B), serverNow).stamp;
    const local = receive(createHlc(NODE_A, behind), seen, behind);
    expect(compareStamps(tick(local, behind).stamp, seen)).toBe(1);
  });

  it('counter overflow carries into the millis instead of throwing', () => {
    let s = { millis: 5000, counter: 0xffff, node: NODE_A };
    const r = tick(s, 5000);
    s = r.state;
    expect(parseStamp(r.stamp)).toEqual({ millis: 5001, counter: 0, node: NODE_A });
  });

  it('ties on time and counter are broken by node id', () => {
    const a = tick(createHlc(NODE_A), 10).stamp;
    const b = tick(createHlc(NODE_B), 10).stamp;
    expect(compareStamps(a, b)).toBe(-1);
  });
});
