/**
 * How often one device may use the link-measurement routes. The school has one link for
 * everyone: a device (or a stolen token) must not turn the measurement into a way to fill
 * it. A measurement is 3 pings and 4 transfers of at most 2 MB (src/client/connectivity),
 * and runs at most once an hour on its own; the limits allow a few by hand on top, and
 * cap what one device can move through these routes at 16 MB in 10 minutes (~27 kB/s
 * averaged, a small share of even the worst 2 Mbit/s uplink).
 *
 * Counted in the database (`DatabaseRateCounter`), so several server processes share them.
 */
import type { RateLimit } from '../auth/DatabaseRateCounter';

export interface LinkRateLimits {
  /** Downloads and uploads per device. */
  transfers: RateLimit;
  /** Pings per device. */
  pings: RateLimit;
}

export const DEFAULT_LINK_RATE_LIMITS: LinkRateLimits = {
  transfers: { max: 8, windowMs: 10 * 60 * 1000 },
  pings: { max: 30, windowMs: 10 * 60 * 1000 },
};
