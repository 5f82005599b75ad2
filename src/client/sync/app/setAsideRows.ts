/**
 * Pulled rows this laptop set aside instead of folding (rule C3): how many there are, for
 * the notice that tells staff something from the server did not arrive here.
 */
import type { SandyqDb } from '../../db/db';

export function countSetAsideRows(db: SandyqDb): Promise<number> {
  return db.$setAside.count();
}
