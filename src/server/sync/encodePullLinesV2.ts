/**
 * The pull's `page` lines in protocol v2's encoding (src/sync/protocolV2.ts): one stamp per
 * row with per-field overrides, no school id (the header names it once). Applied in the v2
 * route to what `pullRows` yields, so the reading of rows stays one piece of code for both
 * protocols.
 */
import type { SyncEnd, SyncPage } from '@/sync/protocol';
import { rowToWire, type SyncLineV2 } from '@/sync/protocolV2';

export async function* encodePullLinesV2(lines: AsyncIterable<SyncPage | SyncEnd>): AsyncGenerator<SyncLineV2> {
  for await (const line of lines) {
    yield line.type === 'page' ? { type: 'page', rows: line.rows.map(rowToWire), cursor: line.cursor } : line;
  }
}
