/**
 * The server's hybrid logical clock. It folds in the stamps of the changes it accepts, so
 * the stamps it makes (conflict records, the header stamp devices fold into theirs) sort
 * after every write it has stored. Node id 0: no device makes it.
 *
 * It never folds a stamp a receiver may not accept (C3): one such stamp once stopped every
 * school's sync until a restart (month 13 parsed to NaN), or dragged the clock to year 9999.
 * `applyMutations` screens stamps before this; the check here keeps the clock sound whoever calls.
 */
import { createHlc, receive, tick, type HlcState, type HlcStamp } from '@/domain/hlc';
import { stampProblem } from '@/sync/stampRules';

export const SERVER_NODE = '0000000000000000';

export class ServerClock {
  private state: HlcState;
  constructor(private readonly now: () => number = Date.now) {
    this.state = createHlc(SERVER_NODE, now());
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
}
