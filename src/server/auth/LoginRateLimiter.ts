/**
 * Slows password guessing two ways: failed sign-ins per account (someone guessing one
 * pupil's password from anywhere) and per address (someone trying many logins from one
 * machine). Only failures count, and a success clears its account's count.
 *
 * An attempt is counted before its password is checked (`begin`), and given back once it
 * turns out right (`succeeded`): checking takes time, so counting afterwards would let
 * forty guesses sent at once all be checked before the first one counted.
 *
 * The counts live in the database (DatabaseRateCounter), so every server process on it
 * counts the same attempts: a region runs as many processes as it needs behind a load
 * balancer, and a restart forgets nothing.
 *
 * The per-address limit is generous because a whole school usually reaches the server from
 * one address (one satellite link, one NAT): 64 pupils mistyping on a Monday morning must
 * not lock the school out. The per-account limit is what protects a single password.
 */
import type { Database } from '../storage/database';
import { DatabaseRateCounter, takeTogether, type RateLimit } from './DatabaseRateCounter';

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
  private readonly accounts: DatabaseRateCounter;
  private readonly addresses: DatabaseRateCounter;

  constructor(
    private readonly db: Database,
    limits: LoginRateLimits = DEFAULT_LOGIN_RATE_LIMITS,
  ) {
    this.accounts = new DatabaseRateCounter(db, 'login-account', limits.perAccount);
    this.addresses = new DatabaseRateCounter(db, 'login-address', limits.perAddress);
  }

  /** Milliseconds until this login may be tried from this address; 0 when it may now. */
  async retryAfterMs(login: string, address: string, now: number): Promise<number> {
    return Math.max(await this.accounts.retryAfterMs(login, now), await this.addresses.retryAfterMs(address, now));
  }

  /**
   * Counts an attempt as a failure before it is checked: 0 when it may go on, otherwise
   * the milliseconds until it may be tried (and nothing is counted).
   */
  async begin(login: string, address: string, now: number): Promise<number> {
    const waits = await takeTogether(
      this.db,
      [
        { counter: this.accounts, key: login },
        { counter: this.addresses, key: address },
      ],
      now,
    );
    return Math.max(...waits);
  }

  /** The attempt begun at `at` had the right password: its account starts afresh, its address gets the attempt back. */
  async succeeded(login: string, address: string, at: number): Promise<void> {
    await this.accounts.reset(login);
    await this.addresses.forget(address, at);
  }
}
