/**
 * The process the power-cut test kills: PGlite (through the server's own adapter) on
 * `live`, with the unflushed-writes layer mirroring what was fsync'ed into `disk`.
 * Prints `PRESENT <ids>` once open, then commits numbered rows forever, printing
 * `ACK <id>` after each commit returns (an acknowledgement, as the server would send).
 *
 *   node --import tsx powerCutChild.ts <live> <disk> <durable|off> <seed> <firstId>
 */
import { writeSync } from 'node:fs';
import { installUnflushedWritesLayer } from './unflushedWritesLayer';

const [live, disk, mode, seedArg, firstIdArg] = process.argv.slice(2) as [string, string, string, string, string];
installUnflushedWritesLayer(live, disk);
const { openPgliteDatabase } = await import('@/server/storage/pgliteDatabase');

let state = Number(seedArg) >>> 0 || 1;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
};
const say = (line: string) => writeSync(1, `${line}\n`);

const db = await openPgliteDatabase(live, { durable: mode === 'durable' });
await db.exec('CREATE TABLE IF NOT EXISTS acked (id integer PRIMARY KEY, note text NOT NULL)');
const present = await db.query<{ id: number }>('SELECT id FROM acked ORDER BY id');
say(`PRESENT ${JSON.stringify(present.map((r) => r.id))}`);
for (let id = Number(firstIdArg); ; id++) {
  const note = 'ж'.repeat(Math.floor(random() * 3000));
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO acked (id, note) VALUES ($1, $2)', [id, note]);
    if (random() < 0.3) await tx.query('UPDATE acked SET note = $2 WHERE id = $1', [Math.floor(random() * id), note.slice(0, 10)]);
  });
  say(`ACK ${id}`);
  if (random() < 0.03) await db.exec('CHECKPOINT');
}
