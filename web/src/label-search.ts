// Tries the greedy label placement (label-placement.ts) a few ways and keeps the one that prints
// the most labels, those of higher rank first, then in the larger forms. Two things are varied:
// the order within a rank (labels left out last time go first: a neighbour's label may have a
// second place where theirs has none), and the largest form allowed (in a crowded view, every
// name printed a size smaller beats a few printed large over the empty places of the rest).
// Pure: screen pixels in and out.
import { placeLabels, type Box, type Disc, type EdgeLabelCandidate, type LabelCandidate, type Placement } from './label-placement.js';

export type RankedCandidate = (LabelCandidate | EdgeLabelCandidate) & { rank: number };

/** How many times the order is tried again, for each largest form. */
const REORDERINGS = 2;

const printed = (placed: Placement, c: RankedCandidate) => ('edge' in c ? placed.edges.has(c.edge) : placed.nodes.has(c.id));

/** An attempt's worth: labels printed, those of a higher rank outweighing any number of a lower one; then their forms' sizes. */
function score(placed: Placement, candidates: readonly RankedCandidate[]): number {
  let sum = 0;
  for (const c of candidates) if (printed(placed, c)) sum += 1000 ** Math.min(c.rank, 4);
  for (const variant of placed.variants.values()) sum -= variant / 100;
  return sum;
}

/** The placement among those tried that prints the most. */
export function bestPlacement(candidates: readonly RankedCandidate[], discs: readonly Disc[], bounds: Box, margin: number, tries = true): Placement {
  const forms = Math.max(1, ...candidates.map((c) => ('edge' in c ? 1 : 1 + (c.fallbacks?.length ?? 0))));
  let best: { placed: Placement; value: number } | null = null;
  for (let start = 0; start < (tries ? forms : 1); start++) {
    let order = [...candidates];
    for (let attempt = 0; attempt <= (tries ? REORDERINGS : 0); attempt++) {
      const placed = placeLabels(order, discs, bounds, margin, start);
      const value = score(placed, order);
      if (!best || value > best.value) best = { placed, value };
      const left = (c: RankedCandidate) => !printed(placed, c);
      if (!order.some(left)) break;
      order = [...order].sort((p, q) => q.rank - p.rank || Number(left(q)) - Number(left(p)));
    }
    // Everything printed: smaller forms cannot do better.
    if (candidates.every((c) => printed(best!.placed, c))) break;
  }
  return best!.placed;
}
