// Every actor's links (relations in both directions, self-loops left out) in neighbour index
// order, i.e. neighbour id order: the order in which connections and neighbourhoods offer the
// next actor, so that the first paths or actors found are the first in id order and a search can
// stop there. Built once per projection on first use, in linear time, and kept beside it.
import type { Projection } from './projection/projection.js';

export interface SortedLinks {
  /** The links of actor a are entries start[a] .. start[a + 1] − 1. */
  start: Int32Array;
  /** Each entry's other actor, ascending within an actor; parallel relations are adjacent. */
  neighbour: Int32Array;
  relation: Int32Array;
}

const built = new WeakMap<Projection, SortedLinks>();

export function sortedLinks(projection: Projection): SortedLinks {
  let links = built.get(projection);
  if (!links) {
    links = sortLinks(projection);
    built.set(projection, links);
  }
  return links;
}

/** Visiting neighbours b in ascending order and appending b to each of its neighbours' lists sorts every list. */
function sortLinks(projection: Projection): SortedLinks {
  const n = projection.actorCount;
  const { from, to } = projection.relations;
  const start = new Int32Array(n + 1);
  for (let r = 0; r < from.length; r++) {
    const a = from[r] as number;
    const b = to[r] as number;
    if (a === b) continue;
    start[a + 1] = (start[a + 1] as number) + 1;
    start[b + 1] = (start[b + 1] as number) + 1;
  }
  for (let a = 0; a < n; a++) start[a + 1] = (start[a + 1] as number) + (start[a] as number);
  const neighbour = new Int32Array(start[n] as number);
  const relation = new Int32Array(start[n] as number);
  const fill = start.slice(0, n);
  const append = (owner: number, b: number, r: number) => {
    const k = fill[owner] as number;
    neighbour[k] = b;
    relation[k] = r;
    fill[owner] = k + 1;
  };
  for (let b = 0; b < n; b++) {
    for (let k = projection.outStart[b] as number, end = projection.outStart[b + 1] as number; k < end; k++) {
      const r = projection.outRelations[k] as number;
      if (to[r] !== b) append(to[r] as number, b, r);
    }
    for (let k = projection.inStart[b] as number, end = projection.inStart[b + 1] as number; k < end; k++) {
      const r = projection.inRelations[k] as number;
      if (from[r] !== b) append(from[r] as number, b, r);
    }
  }
  return { start, neighbour, relation };
}
