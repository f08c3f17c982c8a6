// The one breadth-first walk the analyses share (connections' pruning walks, nearest targets,
// neighbourhoods): layer by layer from the start nodes, each node entered once, at its depth.

/**
 * `expand(node, depth, enter)` offers the neighbours of `node` (reached at depth − 1) by calling
 * `enter(next)`, which returns true when `next` is new (it is then walked from at `depth`) and
 * false when it was already reached; `reached` is every node reached so far. `expand` returns
 * false to stop the whole walk (a limit).
 * Returns each reached node's depth (the start nodes at 0).
 */
export function breadthFirst<N>(
  starts: Iterable<N>,
  maxDepth: number,
  expand: (node: N, depth: number, enter: (next: N) => boolean, reached: ReadonlyMap<N, number>) => boolean | void,
): Map<N, number> {
  const depthOf = new Map<N, number>();
  let frontier: N[] = [];
  for (const start of starts) {
    if (depthOf.has(start)) continue;
    depthOf.set(start, 0);
    frontier.push(start);
  }
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: N[] = [];
    const enter = (node: N) => {
      if (depthOf.has(node)) return false;
      depthOf.set(node, depth);
      next.push(node);
      return true;
    };
    for (const node of frontier) if (expand(node, depth, enter, depthOf) === false) return depthOf;
    frontier = next;
  }
  return depthOf;
}
