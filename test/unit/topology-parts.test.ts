// The Neo4j topology read cuts the actors into ranges of source ids read concurrently: the
// bounds must cover every id once (first and last open) and split the ids about evenly.
import { describe, expect, it } from 'vitest';
import { partBounds } from '../../src/graph/neo4j/topology-read.js';

const ids = Array.from({ length: 10_000 }, (_, i) => `actor-${String((i * 7919) % 10_000).padStart(5, '0')}`);

function partOf(id: string, bounds: (string | null)[]): number {
  return bounds.slice(1).findIndex((high, k) => {
    const low = bounds[k];
    return (low == null || id >= low) && (high == null || id < high);
  });
}

describe('partBounds', () => {
  it('covers every id exactly once, in parts of about equal size', () => {
    const bounds = partBounds(ids, ids.length, 3);
    expect(bounds).toHaveLength(4);
    expect([bounds[0], bounds[3]]).toEqual([null, null]);
    const sizes = [0, 0, 0];
    for (const id of ids) sizes[partOf(id, bounds)]! += 1;
    for (const size of sizes) expect(size).toBeGreaterThan(2_800);
    expect(sizes.reduce((a, b) => a + b)).toBe(ids.length);
  });

  it('reads one part when asked for one, and when there are too few actors to cut', () => {
    expect(partBounds(ids, ids.length, 1)).toEqual([null, null]);
    expect(partBounds(['only'], 1, 2)).toEqual([null, 'only', null]);
    expect(partBounds([], 0, 2)).toEqual([null, null]);
  });
});
