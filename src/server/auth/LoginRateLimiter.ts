/**
 * Slows password guessing two ways: failed sign-ins per account (someone guessing one
 * pupil's password from anywhere) and per address (someone trying many logins from one
 * machine). Only failures count, and a success clears its account's count.
 *
 * An attempt is counted before its password is checked (`begin`), and given back once it
 * turns out right (`succeeded`): checking takes time, so counting afterwards would let
 * forty guesses sent at once all be checked before the first one counted.
 *
 * The per-address limit is generous because a whole school usually reaches the server from
 * one address (one satellite link, one NAT): 64 pupils mistyping on a Monday morning must
 * not lock the school out. The per-account limit is what protects a single password.
 */
import { SlidingWindowCounter, type RateLimit } from './SlidingWindowCounter';

export interface LoginRateLimits {
  perAccount: RateLimit;
  perAddress: RateLimit;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const DEFAULT_LOGIN_RATE_LIMITS: LoginRateLimits = {
  perAccount: { max: 10, windowMs: FIFTEEN_MINUTES },
  perAddress: { max: 100, windowMs: FIFTEEN_MINUTES },
};

export class LoginRateLimiter {
  private readonly accounts: SlidingWindowCounter;
  private readonly addresses: SlidingWindowCounter;

  constructor(limits: LoginRateLimits = DEFAULT_LOGIN_RATE_LIMITS) {
    this.accounts = new SlidingWindowCounter(limits.perAccount);
    this.addresses = new SlidingWindowCounter(limits.perAddress);
  }

  /** Milliseconds until this login may be tried from this address; 0 when it may now. */
  retryAfterMs(login: string, address: string, now: number): number {
    return Math.max(this.accounts.retryAfterMs(login, now), this.addresses.retryAfterMs(address, now));
  }

  /**
   * Counts an attempt as a failure before it is checked: 0 when it may go on, otherwise
   * the milliseconds until it may be tried (and nothing is counted).
   */
  begin(login: string, address: string, now: number): number {
    const wait = this.retryAfterMs(login, address, now);
    if (wait > 0) return wait;
    this.accounts.record(login, now);
    this.addresses.record(address, now);
    return 0;
  }

  /** The attempt begun at `at` had the right password: its account starts afresh, its address gets the attempt back. */
  succeeded(login: string, address: string, at: number): void {
    this.accounts.reset(login);
    this.addresses.forget(address, at);
  }
}
