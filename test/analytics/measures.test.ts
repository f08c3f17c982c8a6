// Whole-graph measures on the projection: sampled betweenness against graphology's exact one,
// within the stated error bound; label propagation on a graph with an obvious answer; and the
// `centrality` query on the report's graph, served from the background computation.
import { resolve } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../src/analytics/graphology-cjs.js';
import { sampledBetweenness } from '../../src/analytics/measures/betweenness.js';
import { labelPropagation } from '../../src/analytics/measures/communities.js';
import { establishedGraph } from '../../src/analytics/measures/established-graph.js';
import { runAtOnce } from '../../src/analytics/measures/slices.js';
import { projectionOfBatch } from '../../src/analytics/projection/build.js';
import { seededRandom } from '../../src/analytics/random.js';
import { readSeed } from '../../src/ingest/seed-files.js';
import { actor, relation } from '../helpers/fixtures.js';
import { graphApi } from '../helpers/graphql.js';

/** A random sparse graph with a few hubs: `n` actors, about 3n established relations. */
async function randomGraph(n: number) {
  const next = seededRandom(7);
  const actors = Array.from({ length: n }, (_, i) => actor(`a${i}`, 'ENTERPRISE', `企业${i}`));
  const relations = [];
  for (let i = 1; i < n; i++) {
    const hub = next() < 0.3 ? Math.floor(next() * 5) : Math.floor(next() * i);
    relations.push(relation(`t${i}`, 'PARTNERS_WITH', `a${i}`, `a${hub}`));
    relations.push(relation(`u${i}`, 'PARTNERS_WITH', `a${i}`, `a${Math.floor(next() * n)}`));
  }
  const unique = relations.filter((r) => r.from !== r.to);
  const projection = await projectionOfBatch({ actors, relations: unique });
  const graph = new UndirectedGraph();
  for (const a of actors) graph.addNode(a.id);
  for (const r of unique) graph.mergeEdge(r.from, r.to);
  return { projection, exact: betweennessCentrality(graph, { normalized: true }) as Record<string, number> };
}

describe('whole-graph measures on the projection', () => {
  it('exact Brandes (k ≥ n) equals graphology’s normalised betweenness', async () => {
    const { projection, exact } = await randomGraph(150);
    const result = runAtOnce(sampledBetweenness(establishedGraph(projection), 1000));
    expect(result.exact).toBe(true);
    expect(result.errorBound).toBe(0);
    for (let a = 0; a < projection.actorCount; a++) expect(result.scores[a]).toBeCloseTo(exact[projection.id(a)] as number, 9);
  });

  it('sampled betweenness stays within its stated error bound, and ranks the true top broker among its top five', async () => {
    const { projection, exact } = await randomGraph(600);
    const result = runAtOnce(sampledBetweenness(establishedGraph(projection), 100));
    expect(result.exact).toBe(false);
    expect(result.errorBound).toBeGreaterThan(0);
    let worst = 0;
    for (let a = 0; a < projection.actorCount; a++) worst = Math.max(worst, Math.abs((result.scores[a] as number) - (exact[projection.id(a)] as number)));
    expect(worst).toBeLessThanOrEqual(result.errorBound);
    const ranked = (scores: (a: number) => number) => [...Array(projection.actorCount).keys()].sort((x, y) => scores(y) - scores(x));
    expect(ranked((a) => result.scores[a] as number).slice(0, 5)).toContain(ranked((a) => exact[projection.id(a)] as number)[0]);
  });

  it('label propagation separates two cliques joined by one bridge', async () => {
    const clique = (p: string) => Array.from({ length: 5 }, (_, i) => actor(`${p}${i}`, 'FUND', `${p}${i}`));
    const actors = [...clique('x'), ...clique('y')];
    const relations = ['x', 'y'].flatMap((p) => [0, 1, 2, 3, 4].flatMap((i) => [0, 1, 2, 3, 4].filter((j) => j > i).map((j) => relation(`${p}${i}-${j}`, 'PARTNERS_WITH', `${p}${i}`, `${p}${j}`))));
    relations.push(relation('bridge', 'PARTNERS_WITH', 'x0', 'y0'));
    const projection = await projectionOfBatch({ actors, relations });
    const { labels, count } = runAtOnce(labelPropagation(establishedGraph(projection)));
    expect(count).toBe(2);
    const label = (id: string) => labels[projection.indexOf(id)];
    expect(new Set(['x0', 'x1', 'x4'].map(label)).size).toBe(1);
    expect(label('x1')).not.toBe(label('y1'));
  });
});

describe('centrality query (seed graph)', () => {
  const seed = readSeed(resolve('seed'));
  const api = graphApi({ actors: seed.actors, relations: seed.relations });

  it('names the district government as the top broker, exact on a graph this small', async () => {
    const { data, errors } = await api().run<{ centrality: { revision: number; exact: boolean; errorBound: number; samples: number; communityCount: number; actors: { actor: { id: string }; betweenness: number; degree: number }[] } }>(
      '{ centrality(first: 3) { revision exact errorBound samples communityCount actors { actor { id } betweenness degree community } } }',
    );
    expect(errors).toBeUndefined();
    const c = data?.centrality;
    expect(c?.exact).toBe(true);
    expect(c?.samples).toBe(seed.actors.length);
    expect(c?.communityCount).toBeGreaterThan(1);
    expect(c?.actors[0]?.actor.id).toBe('haidian-government');
    expect(c?.actors[0]?.betweenness).toBeGreaterThan(0.3);
    expect(c?.actors.map((a) => a.betweenness)).toEqual([...(c?.actors.map((a) => a.betweenness) ?? [])].sort((a, b) => b - a));
  });
});
