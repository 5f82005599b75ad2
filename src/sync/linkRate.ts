/**
 * The rate bytes arrive at over a link, from when each piece arrived: used by the laptop
 * for downloads and by the server for uploads, so both directions are judged alike.
 *
 * Why not bytes / time: over a lossy satellite link a lost TCP segment holds everything
 * behind it for a retransmission timeout (round trip + 200 ms): the stream runs up to a
 * second behind the link and catches up in bursts. A 2-3 s transfer that ends in such a
 * stall reads a third slower than the link is. But the link's pace still shows in the
 * arrivals: the moments just before each burst (the step curve's lower corners) all lie
 * on one line, everything sent a timeout ago, whose slope is the link's rate. So the rate
 * is read off the lower convex hull of those corners: the median of its edges' slopes,
 * each weighted by the time it spans. The first edge is left out when the others make a
 * line: it climbs from the start, before the first stall, down onto that line. A late final burst
 * makes a short steep last edge, outweighed by the line's. On a clean link the corners lie
 * on one line anyway; a late timer only moves one corner right, making two short edges
 * that weigh little. (A median of all pairwise slopes was tried: the stacked corners of
 * each burst pull it a third low.) A single long pause of the reader looks like a loss
 * stall; see below, and the measurer's check of the rate against the transfer's duration
 * (`isConsistent` in src/client/connectivity/measureArithmetic.ts).
 */

export interface Arrival {
  /** ms, any monotonic clock. */
  at: number;
  /** Bytes in this piece. */
  bytes: number;
}

interface Corner {
  t: number;
  b: number;
}

/** Bits a second the arrivals show, or undefined when there are too few to tell. */
export function deliveryRate(arrivals: readonly Arrival[]): number | undefined {
  if (arrivals.length < 2) return undefined;
  // The step curve's lower corners: at each arrival, the bytes held just before it.
  const corners: Corner[] = [];
  let held = 0;
  for (const a of arrivals) {
    corners.push({ t: a.at, b: held });
    held += a.bytes;
  }
  const span = corners[corners.length - 1]!.t - corners[0]!.t;
  if (span <= 0) return undefined;
  const rate = (from: Corner, to: Corner) => ((to.b - from.b) * 8 * 1000) / (to.t - from.t);

  const hull = lowerHull(corners);
  const edgesFrom = (start: number) => {
    const edges: Array<{ rate: number; weight: number }> = [];
    for (let i = start; i < hull.length; i++) {
      const from = hull[i - 1]!;
      const to = hull[i]!;
      if (to.t > from.t) edges.push({ rate: rate(from, to), weight: to.t - from.t });
    }
    return edges;
  };
  // Past the first edge: the line of a lossy link. One or two short edges there follow a
  // single late corner instead (a reader that paused on a clean link): then the first edge,
  // from the start to that corner, is the link's line, and it joins the others.
  const line = edgesFrom(2);
  const lineSpan = line.reduce((sum, e) => sum + e.weight, 0);
  const edges = line.length >= 3 || lineSpan >= span / 2 ? line : edgesFrom(1);
  if (edges.length > 0) return weightedMedian(edges);
  return ((held - arrivals[arrivals.length - 1]!.bytes) * 8 * 1000) / span;
}

/** The rate at which half the weight lies below. */
function weightedMedian(edges: ReadonlyArray<{ rate: number; weight: number }>): number {
  const sorted = [...edges].sort((a, b) => a.rate - b.rate);
  const half = sorted.reduce((sum, e) => sum + e.weight, 0) / 2;
  let seen = 0;
  for (const e of sorted) {
    seen += e.weight;
    if (seen >= half) return e.rate;
  }
  return sorted[sorted.length - 1]!.rate;
}

/** The lower convex hull (monotone chain) of points sorted by time. */
function lowerHull(points: readonly Corner[]): Corner[] {
  const hull: Corner[] = [];
  for (const p of points) {
    while (hull.length >= 2) {
      const a = hull[hull.length - 2]!;
      const o = hull[hull.length - 1]!;
      // Drop `o` when it lies above the chord a → p. Points on the chord stay: on a clean link
      // every corner is on one line, and its edges are the ones that tell the rate.
      const cross = (o.t - a.t) * (p.b - a.b) - (o.b - a.b) * (p.t - a.t);
      const scale = Math.abs((o.t - a.t) * (p.b - a.b)) + Math.abs((o.b - a.b) * (p.t - a.t));
      if (cross < -1e-9 * scale) hull.pop();
      else break;
    }
    hull.push(p);
  }
  return hull;
}
