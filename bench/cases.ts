// What the benchmark asks, three ways: through the store (in-process), as GraphQL over HTTP,
// and as the engine's own Cypher for the same answer.
import type lbug from '@ladybugdb/core';
import { findConnections, type ConnectionQuery } from '../src/analytics/connections.js';
import { hydratePaths } from '../src/analytics/projection/hydrate.js';
import type { Projection } from '../src/analytics/projection/projection.js';
import { neighborhood } from '../src/analytics/neighborhood.js';
import type { WholeGraphAnswers } from '../src/analytics/whole-graph-answers.js';
import * as q from '../src/graph/cypher.js';
import { normalizeName } from '../src/graph/names.js';
import type { GraphStore } from '../src/graph/store.js';
import type { GeneratedGraph } from './generate/synthetic-graph.js';

/** What an in-process call may use: the store, the projection and its gaps and indices, each computed once (as the server caches them). */
export interface InProcess {
  store: GraphStore;
  projection(): Promise<Projection>;
  answers(): Promise<WholeGraphAnswers>;
}

/** What the connections resolver does after resolving `from`: search the projection, hydrate the answer. */
async function connections(store: GraphStore, projection: () => Promise<Projection>, query: ConnectionQuery) {
  const p = await projection();
  return hydratePaths(store, p, findConnections(p, query), query);
}

export interface BenchCase {
  name: string;
  /** The call the API's resolver makes, in-process (store or analytics). */
  inProcess(on: InProcess, i: number): Promise<unknown>;
  graphql(i: number): { query: string; variables: Record<string, unknown> };
  /** The engine's own queries for the same answer, run in turn (the store's statements where it has them); null where none gives it. */
  cypher: ((i: number) => { text: string; params: Record<string, lbug.LbugValue> }[]) | null;
}

/** Inputs drawn from the generated graph itself, spread over its whole range. */
export function samples(graph: GeneratedGraph, count = 64): { aliases: string[]; enterprises: string[]; universities: string[] } {
  const aliases: string[] = [];
  const enterprises: string[] = [];
  const universities: string[] = [];
  const step = Math.max(1, Math.floor(graph.actorCount / (count * 4)));
  let n = 0;
  for (const actor of graph.actors()) {
    n += 1;
    if (actor.kind === 'UNIVERSITY' && universities.length < count) universities.push(actor.id);
    if (n % step !== 0) continue;
    if (actor.aliases[0] && aliases.length < count) aliases.push(actor.aliases[0]);
    if (actor.kind === 'ENTERPRISE' && enterprises.length < count) enterprises.push(actor.id);
  }
  return { aliases, enterprises, universities };
}

/** Above this size the engine's own variable-length queries are not run (see the connections case). */
const PATH_QUERY_MAX_ACTORS = 10_000;

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

export function benchCases(graph: GeneratedGraph): BenchCase[] {
  const { aliases, enterprises, universities } = samples(graph);
  return [
    {
      name: 'actor by alias',
      inProcess: ({ store }, i) => store.actorByName(at(aliases, i)),
      graphql: (i) => ({ query: 'query($n: String!) { actor(name: $n) { id kind name aliases district metrics { name value } } }', variables: { n: at(aliases, i) } }),
      cypher: (i) => [{ text: q.ACTOR_BY_NAME_KEY.text, params: { key: normalizeName(at(aliases, i)) } }],
    },
    {
      name: 'search (substring, first 20)',
      inProcess: ({ store }, i) => store.search(at(aliases, i).slice(0, 6), { first: 20 }),
      graphql: (i) => ({ query: 'query($t: String!) { search(text: $t, first: 20) { id kind name } }', variables: { t: at(aliases, i).slice(0, 6) } }),
      cypher: (i) => {
        const text = normalizeName(at(aliases, i).slice(0, 6));
        return [{ text: q.SEARCH.text, params: { text, prefix: `\n${text}`, first: 20 } }];
      },
    },
    {
      name: "an enterprise's relations",
      inProcess: ({ store }, i) => store.relationsOf([at(enterprises, i)], {}),
      graphql: (i) => ({
        query: 'query($id: ID!) { actor(id: $id) { id relations { id type status from { id name } to { id name } } } }',
        variables: { id: at(enterprises, i) },
      }),
      cypher: (i) =>
        (['OUT', 'IN'] as const).map((side) => ({ text: q.relationsOf(side, false, false, true).text, params: { id: at(enterprises, i) } })),
    },
    {
      name: 'connections (university → FUND → district enterprises, ≤ 4 hops, first 50)',
      inProcess: ({ store, projection }, i) =>
        connections(store, projection, { from: at(universities, i), via: ['FUND'], to: { kinds: ['ENTERPRISE'], inDistrict: true }, maxHops: 4, includePlanned: true, first: 50 }),
      graphql: (i) => ({
        query: `query($from: String!) { connections(from: $from, via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 4, first: 50) {
          length nodes { id name } relations { id type status } } }`,
        variables: { from: at(universities, i) },
      }),
      // LadybugDB enumerates every path before LIMIT; through the M graph's fund hubs that
      // exhausts its page cache and ends the process (seen twice), so the ratio is for small graphs.
      cypher: graph.actorCount > PATH_QUERY_MAX_ACTORS ? null : (i) => [{
        text: `MATCH p = (a:Actor {id: $id})-[:RELATED_TO*2..4 (r, n | WHERE n.kind = 'FUND')]-(b:Actor)
          WHERE b.kind = 'ENTERPRISE' AND b.inDistrict RETURN p LIMIT 50`,
        params: { id: at(universities, i) },
      }],
    },
    {
      name: 'neighborhood depth 2 (limit 200)',
      inProcess: async ({ store, projection }, i) => neighborhood(store, await projection(), { id: at(enterprises, i), depth: 2, limit: 200 }),
      graphql: (i) => ({
        query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { key attributes { label } } edges { key source target } truncated } }',
        variables: { id: at(enterprises, i) },
      }),
      cypher: graph.actorCount > PATH_QUERY_MAX_ACTORS ? null : (i) => [{
        text: `MATCH (a:Actor {id: $id})-[:RELATED_TO*1..2]-(b:Actor) RETURN DISTINCT b.id AS id, b.name AS name LIMIT 200`,
        params: { id: at(enterprises, i) },
      }],
    },
    {
      name: 'coordinationGaps',
      inProcess: async ({ answers }) => (await answers()).gaps,
      graphql: () => ({ query: '{ coordinationGaps { type title severity } }', variables: {} }),
      cypher: null,
    },
    {
      name: 'indices',
      inProcess: async ({ answers }) => (await answers()).indices,
      graphql: () => ({ query: '{ indices { id value eligibleActors } }', variables: {} }),
      cypher: null,
    },
  ];
}
