// Burt's constraint, articulation points and Kendall tau-b against values worked out by hand.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { kendallTauB } from '../../src/analytics/indices/sensitivity.js';
import { articulationPointsCsr } from '../../src/analytics/measures/articulation.js';
import { constraintOf } from '../../src/analytics/measures/constraint.js';
import { establishedGraph } from '../../src/analytics/measures/established-graph.js';
import { projectionOfBatch } from '../../src/analytics/projection/build.js';
import { articulationPoints, burtConstraint } from '../../src/analytics/structure.js';
import { readSeed } from '../../src/ingest/seed-files.js';
import { resolve } from 'node:path';

function graphOf(edges: string[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [a, b] of edges.map((e) => e.split('-') as [string, string])) graph.mergeEdge(a, b, { weight: 1 });
  return graph;
}

describe('structural measures', () => {
  it("Burt's constraint: a star's centre spends 1/3 on each leaf (3 × 1/9), a leaf is fully constrained", () => {
    const constraint = burtConstraint(graphOf(['c-a', 'c-b', 'c-d']));
    expect(constraint.get('c')).toBeCloseTo(1 / 3, 10);
    expect(constraint.get('a')).toBeCloseTo(1, 10);
  });

  it("Burt's constraint in a triangle: each tie costs (1/2 + 1/2·1/2)² = 0.5625, twice", () => {
    expect(burtConstraint(graphOf(['a-b', 'b-c', 'c-a'])).get('a')).toBeCloseTo(2 * 0.75 ** 2, 10);
  });

  it('articulation points count the actors cut off from the largest remaining part', () => {
    // a - b - c, and c in the triangle c-d-e: removing b leaves {a} and {c,d,e}; removing c leaves {a,b} and {d,e}.
    const cut = articulationPoints(graphOf(['a-b', 'b-c', 'c-d', 'd-e', 'e-c']));
    expect(Object.fromEntries(cut)).toEqual({ b: 1, c: 2 });
  });

  it('Kendall tau-b: one swapped pair of four gives (5 − 1) / 6; ties shrink the denominator', () => {
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(4 / 6, 10);
    expect(kendallTauB([1, 1, 2], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 10);
    expect(kendallTauB([3, 2, 1], [1, 2, 3])).toBe(-1);
  });

  it('on the projection (district-size graphs) they agree with the graphology versions on the seed', async () => {
    const seed = readSeed(resolve('seed'));
    const projection = await projectionOfBatch({ actors: seed.actors, relations: seed.relations });
    const csr = establishedGraph(projection);
    const graph = new UndirectedGraph();
    for (let a = 0; a < csr.actorCount; a++) graph.addNode(projection.id(a));
    for (let a = 0; a < csr.actorCount; a++) {
      for (let e = csr.start[a] as number; e < (csr.start[a + 1] as number); e++) {
        const b = csr.neighbours[e] as number;
        if (a < b) graph.addEdge(projection.id(a), projection.id(b), { weight: csr.weights[e] });
      }
    }
    const cut = articulationPointsCsr(csr);
    expect(cut.size).toBeGreaterThan(0);
    expect(new Map([...cut].map(([a, n]) => [projection.id(a), n]))).toEqual(articulationPoints(graph));
    const constraint = burtConstraint(graph);
    for (let a = 0; a < csr.actorCount; a++) {
      const expected = constraint.get(projection.id(a));
      if (expected === undefined) expect(constraintOf(csr, a)).toBeUndefined();
      else expect(constraintOf(csr, a)).toBeCloseTo(expected, 12);
    }
  });
});
