/**
 * The bytes a download sends: random, so no compression anywhere on the way (a proxy, a
 * satellite modem's accelerator) can shrink them and make the link look faster. Drawn once
 * per process (2 MB) and sliced: drawing 2 MB for every request would cost the CPU a
 * 2-core school server needs for sync.
 */
import { randomBytes } from 'node:crypto';
import { LINK_LIMITS } from '@/sync/linkMessages';

let payload: Buffer | undefined;

export function randomPayload(bytes: number): Buffer {
  payload ??= randomBytes(LINK_LIMITS.maxTransferBytes);
  return payload.subarray(0, Math.min(bytes, payload.length));
}
