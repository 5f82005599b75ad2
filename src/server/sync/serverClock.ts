/**
 * The server's hybrid logical clock. It folds in every stamp it receives, so the stamps it
 * makes (conflict records, the header stamp devices fold into theirs) sort after every
 * write it has seen. Node id 0: no device makes it.
 */
import { createHlc, receive, tick, type HlcState, type HlcStamp } from '../../domain/hlc';

export const SERVER_NODE = '0000000000000000';

export class ServerClock {
  private state: HlcState;
  constructor(private readonly now: () => number = Date.now) {
    this.state = createHlc(SERVER_NODE, now());
  }

  observe(stamp: HlcStamp): void {
    this.state = receive(this.state, stamp, this.now());
  }

  stamp(): HlcStamp {
    const r = tick(this.state, this.now());
    this.state = r.state;
    return r.stamp;
  }
}
