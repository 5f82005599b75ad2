/**
 * Slows password guessing two ways: failed sign-ins per account (someone guessing one
 * pupil's password from anywhere) and per address (someone trying many logins from one
 * machine). Only failures count, and a success clears its account's count.
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

  recordFailure(login: string, address: string, now: number): void {
    this.accounts.record(login, now);
    this.addresses.record(address, now);
  }

  recordSuccess(login: string): void {
    this.accounts.reset(login);
  }
}
