// Which end each relation of a batch is read from when the store has no index on relation ids
// (LadybugDB): reading an end reads every relation it has and keeps the wanted ones, so a batch
// costs the relations its chosen ends hold. Each relation at the smaller of its two ends is not
// the cheapest batch: 150 investments of one fund are cheaper read from the fund's 600 relations
// than from 150 firms' 1,350. So the ends are chosen as a weighted cover of the batch: greedily,
// the end that covers the most wanted relations per relation it holds (ln n of the optimum at worst).
import mnemonist from 'mnemonist';

export type Side = 'from' | 'to';

interface Candidate {
  /** actor · 2 + (0 for its relations out, 1 for its relations in) */
  end: number;
  /** The wanted relations it covered when it was queued. */
  covers: number;
  /** The relations it holds on that side. */
  cost: number;
}

/** Better first: more wanted relations per relation read; ties by the end, to be reproducible. */
const byValue = (a: Candidate, b: Candidate) => b.covers * a.cost - a.covers * b.cost || a.end - b.end;

/**
 * The side each relation `k` (source `from[k]`, target `to[k]`) is read from, given each actor's
 * count of relations out and in.
 */
export function lookupSides(from: ArrayLike<number>, to: ArrayLike<number>, outDegree: (actor: number) => number, inDegree: (actor: number) => number): Side[] {
  const n = from.length;
  const endOf = (k: number, side: Side) => (side === 'from' ? (from[k] as number) * 2 : (to[k] as number) * 2 + 1);
  const wantedAt = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    for (const end of [endOf(k, 'from'), endOf(k, 'to')]) {
      const list = wantedAt.get(end);
      if (list) list.push(k);
      else wantedAt.set(end, [k]);
    }
  }
  const cost = (end: number) => Math.max(1, end % 2 === 0 ? outDegree(end >> 1) : inDegree(end >> 1));
  const heap = new mnemonist.Heap<Candidate>(byValue);
  for (const [end, list] of wantedAt) heap.push({ end, covers: list.length, cost: cost(end) });

  const sides: (Side | undefined)[] = new Array(n);
  let left = n;
  while (left > 0) {
    const best = heap.pop() as Candidate;
    const uncovered = (wantedAt.get(best.end) as number[]).filter((k) => sides[k] === undefined);
    // Queued before some of its relations were covered elsewhere: queue it again at its value now.
    if (uncovered.length < best.covers) {
      if (uncovered.length > 0) heap.push({ ...best, covers: uncovered.length });
      continue;
    }
    for (const k of uncovered) sides[k] = best.end % 2 === 0 ? 'from' : 'to';
    left -= uncovered.length;
  }
  // The greedy cover is within ln n of the best, not always below the simple rule: keep the cheaper.
  const smallerEnds = Array.from({ length: n }, (_, k): Side => (cost(endOf(k, 'to')) < cost(endOf(k, 'from')) ? 'to' : 'from'));
  const readCost = (chosen: readonly Side[]) => [...new Set(chosen.map((side, k) => endOf(k, side)))].reduce((sum, end) => sum + cost(end), 0);
  const greedy = sides as Side[];
  return readCost(greedy) <= readCost(smallerEnds) ? greedy : smallerEnds;
}
