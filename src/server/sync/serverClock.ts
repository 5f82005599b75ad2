/**
 * The server's hybrid logical clock. It folds in the stamps of the changes it accepts, so
 * the stamps it makes (conflict records, the header stamp devices fold into theirs) sort
 * after every write it has stored.
 *
 * Several server processes may serve one database: each clock has a node id of its own
 * (`00000000` and 8 random hex digits: no device's, and no other process's), so no two
 * processes make the same stamp; and before applying a school's batch, under the school's
 * row lock, a process folds in the greatest stamp any process stored for that school
 * (`schools.clock_stamp`, see applyMutations), so its stamps for the school sort after them.
 *
 * It never folds a stamp a receiver may not accept (C3): one such stamp once stopped every
 * school's sync until a restart (month 13 parsed to NaN), or dragged the clock to year 9999.
 * `applyMutations` screens stamps before this; the check here keeps the clock sound whoever calls.
 */
import { randomBytes } from 'node:crypto';
import { createHlc, formatStamp, receive, tick, type HlcState, type HlcStamp } from '@/domain/hlc';
import { stampProblem } from '@/sync/stampRules';

/** The node id prefix of every server process's clock. */
export const SERVER_NODE_PREFIX = '00000000';

export function newServerNode(): string {
  return SERVER_NODE_PREFIX + randomBytes(4).toString('hex');
}

export class ServerClock {
  private state: HlcState;
  constructor(
    private readonly now: () => number = Date.now,
    readonly node: string = newServerNode(),
  ) {
    this.state = createHlc(node, now());
  }

  /** Folds `stamp` in; returns false, changing nothing, for a stamp no receiver may accept. */
  observe(stamp: HlcStamp): boolean {
    const now = this.now();
    if (stampProblem(stamp, now) !== undefined) return false;
    this.state = receive(this.state, stamp, now);
    return true;
  }

  stamp(): HlcStamp {
    const r = tick(this.state, this.now());
    this.state = r.state;
    return r.stamp;
  }

  /** The greatest stamp made or folded in so far (made by no one if nothing was). */
  latest(): HlcStamp {
    return formatStamp(this.state);
  }
}
