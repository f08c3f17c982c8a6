// The connections search (src/analytics/path-search.ts) finds the first N paths without
// enumerating the others: on random small graphs it must answer exactly what the plain
// enumeration of every path answers (same paths, same order, same cut), and on a hub-heavy graph
// it must answer with work bounded by what it returns, not by the size of the hubs' fan-out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECTION_LIMITS, findConnections, searchConnections, type ConnectionQuery } from '../../src/analytics/connections.js';
import { PATH_DIRECTIONS } from '../../src/analytics/flow.js';
import { projectionOfBatch } from '../../src/analytics/projection/build.js';
import type { Projection } from '../../src/analytics/projection/projection.js';
import { BASES, RELATION_STATUSES, RELATION_TYPES, type ActorKind } from '../../src/graph/model.js';
import { sortedLinks } from '../../src/analytics/sorted-links.js';
import { actor, relation } from '../helpers/fixtures.js';
import { referenceConnections } from '../helpers/reference-connections.js';

const KINDS: ActorKind[] = ['UNIVERSITY', 'FUND', 'INCUBATOR', 'ENTERPRISE', 'GOVERNMENT', 'PARK', 'ALLIANCE'];
const id = (i: number) => `a${i}`;

/** Random graphs of `actors` actors; parallel relations and self-loops included. */
const graphs = (actors: number, [minRelations, maxRelations]: [number, number]) =>
  fc.record({
    actors: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), inDistrict: fc.boolean() }), { minLength: actors, maxLength: actors }),
    relations: fc.array(
      fc.record({
        from: fc.nat(actors - 1),
        to: fc.nat(actors - 1),
        type: fc.constantFrom(...RELATION_TYPES),
        status: fc.constantFrom(...RELATION_STATUSES),
        basis: fc.constantFrom(...BASES),
      }),
      { minLength: minRelations, maxLength: maxRelations },
    ),
  });

const queries = (actors: number, ids: 'maybe' | 'always') =>
  fc.record({
    from: fc.nat(actors - 1),
    via: fc.option(fc.subarray(KINDS, { minLength: 1 }), { nil: undefined }),
    to: fc.record({
      kinds: fc.option(fc.subarray(KINDS, { minLength: 1 }), { nil: undefined }),
      inDistrict: fc.option(fc.boolean(), { nil: undefined }),
      ids: targetIds(actors, ids),
    }),
    maxHops: fc.integer({ min: 1, max: 5 }),
    first: fc.integer({ min: 1, max: 12 }),
    includePlanned: fc.boolean(),
    relationTypes: fc.option(fc.subarray([...RELATION_TYPES], { minLength: 1 }), { nil: undefined }),
    direction: fc.option(fc.constantFrom(...PATH_DIRECTIONS), { nil: undefined }),
    bases: fc.option(fc.subarray([...BASES], { minLength: 1 }), { nil: undefined }),
  });

function targetIds(actors: number, ids: 'maybe' | 'always') {
  const some = fc.uniqueArray(fc.nat(actors - 1), { minLength: 1, maxLength: 2 }).map((list) => list.map(id));
  return ids === 'always' ? some : fc.option(some, { nil: undefined });
}

/** The search and the reference agree on every query of every random graph. */
function agreeOn(actors: number, relations: [number, number], ids: 'maybe' | 'always', runs: number) {
  return fc.assert(
    fc.asyncProperty(graphs(actors, relations), fc.array(queries(actors, ids), { minLength: 1, maxLength: 8 }), async (graph, qs) => {
      // Relation ids in a shuffled order, so that "the smaller id" differs from the stream order.
      const projection = await projectionOfBatch({
        actors: graph.actors.map((a, i) => actor(id(i), a.kind, `行动者${i}`, { inDistrict: a.inDistrict })),
        relations: graph.relations.map((r, k) => relation(`r${(k * 7) % 31}-${k}`, r.type, id(r.from), id(r.to), r.status, { basis: r.basis })),
      });
      for (const q of qs) {
        const query: ConnectionQuery = { ...q, from: id(q.from) };
        expect(findConnections(projection, query), JSON.stringify(query)).toEqual(referenceConnections(projection, query));
      }
    }),
    { numRuns: runs },
  );
}

describe('connections search', () => {
  it('answers what the enumeration of every path answers, in the same order, cut at first', async () => {
    await agreeOn(9, [0, 30], 'maybe', 300);
  });

  it('agrees on dense graphs too, where target ids are looked up in the sorted links rather than scanned for', async () => {
    await agreeOn(5, [60, 100], 'always', 100);
  });
});

/** Link entries of the whole graph (each relation seen from both ends). */
const allLinks = (projection: Projection) => sortedLinks(projection).start[projection.actorCount] as number;

describe('connections search on a hub-heavy graph', () => {
  // 3 universities, 40 funds, 8 incubators, 3 000 enterprises; fund 0 invests in every enterprise,
  // funds 1..9 in a thousand each, and every fund pays into fund 0 and partners the next fund.
  async function hubGraph() {
    const enterprises = Array.from({ length: 3000 }, (_, i) => actor(`e${String(i).padStart(4, '0')}`, 'ENTERPRISE', `企业${i}`, { inDistrict: i % 3 !== 0 }));
    const funds = Array.from({ length: 40 }, (_, i) => actor(`f${String(i).padStart(2, '0')}`, 'FUND', `基金${i}`));
    const incubators = Array.from({ length: 8 }, (_, i) => actor(`i${i}`, 'INCUBATOR', `孵化器${i}`));
    const universities = Array.from({ length: 3 }, (_, i) => actor(`u${i}`, 'UNIVERSITY', `大学${i}`));
    const relations = [
      ...enterprises.map((e) => relation(`f00-${e.id}`, 'INVESTS_IN', 'f00', e.id)),
      ...funds.slice(1, 10).flatMap((f, k) => enterprises.slice(k * 300, k * 300 + 1000).map((e) => relation(`${f.id}-${e.id}`, 'INVESTS_IN', f.id, e.id, k % 2 ? 'PLANNED' : 'ESTABLISHED'))),
      ...funds.slice(1).map((f) => relation(`${f.id}-pays-f00`, 'CONTRIBUTES_TO', f.id, 'f00')),
      ...funds.slice(1).map((f, k) => relation(`${f.id}-partners`, 'PARTNERS_WITH', f.id, (funds[(k + 2) % funds.length] as { id: string }).id)),
      ...incubators.flatMap((inc, k) => enterprises.slice(k * 100, k * 100 + 400).map((e) => relation(`${inc.id}-${e.id}`, 'INCUBATES', inc.id, e.id))),
      ...funds.map((f, k) => relation(`${f.id}-backs-i${k % 8}`, 'INVESTS_IN', f.id, `i${k % 8}`)),
      ...universities.flatMap((u) => funds.map((f) => relation(`${u.id}-${f.id}`, 'CO_FOUNDED', u.id, f.id))),
    ];
    return projectionOfBatch({ actors: [...universities, ...funds, ...incubators, ...enterprises], relations });
  }

  it('answers the first 200 through the hubs with work bounded by the answer, not by the fan-out', async () => {
    const projection = await hubGraph();
    const shapes: Omit<ConnectionQuery, 'first' | 'includePlanned'>[] = [
      { from: 'u0', via: ['FUND'], to: { kinds: ['ENTERPRISE'], inDistrict: true }, maxHops: 4 },
      { from: 'f05', to: { kinds: ['ENTERPRISE'], inDistrict: true }, maxHops: 3 },
      { from: 'u1', via: ['FUND', 'INCUBATOR'], to: { kinds: ['ENTERPRISE'] }, maxHops: 6 },
      { from: 'e2999', to: { kinds: ['UNIVERSITY'] }, maxHops: 3, direction: 'ANY' },
      { from: 'u2', via: ['FUND', 'INCUBATOR'], to: { ids: ['e0777'] }, maxHops: 5, relationTypes: ['INVESTS_IN', 'INCUBATES', 'CO_FOUNDED'], direction: 'OUT' },
    ];
    for (const shape of shapes) {
      const query = { ...shape, first: CONNECTION_LIMITS.first, includePlanned: true };
      const { paths, expanded, distances, linksScanned } = searchConnections(projection, query);
      expect(paths.length, JSON.stringify(shape)).toBeGreaterThan(0);
      // Partial paths extended: a few per path found, while the graph holds millions of partial
      // paths through its hubs (the enumeration of them all refused u1's question as too broad).
      expect(expanded, JSON.stringify(shape)).toBeLessThan(20 * (paths.length + 10));
      // Each actor's distance to the targets is worked out at most once per hop count and mode, and
      // the links looked at stay within a few passes over the graph's links, even when the search
      // has to prove that there is no other path (the enterprise has only 144).
      expect(distances, JSON.stringify(shape)).toBeLessThan(4 * projection.actorCount);
      expect(linksScanned, JSON.stringify(shape)).toBeLessThan(5 * allLinks(projection));
    }
  });

  it('asks first: 1 cheaply, the gap detectors’ way', async () => {
    const projection = await hubGraph();
    for (const from of ['u0', 'u1', 'f03', 'f08', 'f30']) {
      const { paths, expanded, linksScanned } = searchConnections(projection, { from, to: { kinds: ['ENTERPRISE'], inDistrict: true }, via: ['FUND', 'INCUBATOR', 'ENTERPRISE'], maxHops: 4, first: 1, includePlanned: false });
      expect(paths, from).toHaveLength(1);
      expect(expanded, from).toBeLessThanOrEqual(2);
      // f03 checks its thousand enterprises (dead ends: nothing flows out of them) before the fund it pays into.
      expect(linksScanned, from).toBeLessThan(allLinks(projection) / 2);
    }
  });

  it('refuses a search whose partial paths lead nowhere new, instead of running away', async () => {
    // 60 funds all partnering with each other; the university and the enterprise both touch fund 0
    // only, so every path longer than 2 hops would have to pass fund 0 twice: each partial path
    // beyond it can reach the target as a walk but never as a path.
    const funds = Array.from({ length: 60 }, (_, i) => actor(`f${i}`, 'FUND', `基金${i}`));
    const relations = [
      ...funds.flatMap((a, i) => funds.slice(i + 1).map((b) => relation(`${a.id}-${b.id}`, 'PARTNERS_WITH', a.id, b.id))),
      relation('u-f0', 'CO_FOUNDED', 'u', 'f0'),
      relation('f0-e', 'INVESTS_IN', 'f0', 'e'),
    ];
    const projection = await projectionOfBatch({ actors: [actor('u', 'UNIVERSITY', '大学'), actor('e', 'ENTERPRISE', '企业'), ...funds], relations });
    const query = { from: 'u', via: ['FUND' as const], to: { ids: ['e'] }, includePlanned: true, first: CONNECTION_LIMITS.first };
    expect(() => findConnections(projection, { ...query, maxHops: 6 })).toThrow(/more than 100000 partial paths within 6 hops/);
    expect(findConnections(projection, { ...query, maxHops: 4 }).map((p) => p.actors.length)).toEqual([3]);
  });
});
