// What the benchmark asks, three ways: through the store (in-process), as GraphQL over HTTP,
// and as the engine's own Cypher for the same answer.
import type lbug from '@ladybugdb/core';
import { normalizeName } from '../src/graph/names.js';
import type { GraphStore } from '../src/graph/store.js';
import type { GeneratedGraph } from './generate/synthetic-graph.js';

export interface BenchCase {
  name: string;
  store(store: GraphStore, i: number): Promise<unknown>;
  graphql(i: number): { query: string; variables: Record<string, unknown> };
  cypher(i: number): { text: string; params: Record<string, lbug.LbugValue> };
}

const ACTOR = `a.id AS id, a.kind AS kind, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
  a.district AS district, a.inDistrict AS inDistrict, a.metrics AS metrics, a.citations AS citations`;

/** Inputs drawn from the generated graph itself, spread over its whole range. */
export function samples(graph: GeneratedGraph, count = 64): { aliases: string[]; enterprises: string[] } {
  const aliases: string[] = [];
  const enterprises: string[] = [];
  const step = Math.max(1, Math.floor(graph.actorCount / (count * 4)));
  let n = 0;
  for (const actor of graph.actors()) {
    n += 1;
    if (n % step !== 0) continue;
    if (actor.aliases[0] && aliases.length < count) aliases.push(actor.aliases[0]);
    if (actor.kind === 'ENTERPRISE' && enterprises.length < count) enterprises.push(actor.id);
  }
  return { aliases, enterprises };
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

export function benchCases(graph: GeneratedGraph): BenchCase[] {
  const { aliases, enterprises } = samples(graph);
  return [
    {
      name: 'actor by alias',
      store: (store, i) => store.actorsByName(at(aliases, i)),
      graphql: (i) => ({ query: 'query($n: String!) { actor(name: $n) { id kind name aliases district metrics { name value } } }', variables: { n: at(aliases, i) } }),
      cypher: (i) => ({
        text: `MATCH (n:ActorName {key: $key}) WITH n.actorId AS actorId MATCH (a:Actor) WHERE a.id = actorId RETURN ${ACTOR}`,
        params: { key: normalizeName(at(aliases, i)) },
      }),
    },
    {
      name: 'search (substring, first 20)',
      store: (store, i) => store.search(at(aliases, i).slice(0, 6), { first: 20 }),
      graphql: (i) => ({ query: 'query($t: String!) { search(text: $t, first: 20) { id kind name } }', variables: { t: at(aliases, i).slice(0, 6) } }),
      cypher: (i) => {
        const text = normalizeName(at(aliases, i).slice(0, 6));
        return {
          text: `MATCH (a:Actor) WHERE a.searchText CONTAINS $text
            WITH a, CASE WHEN list_contains(a.nameKeys, $text) THEN 0 WHEN a.searchText CONTAINS $prefix THEN 1 ELSE 2 END AS rank
            RETURN ${ACTOR} ORDER BY rank, size(a.name), a.id LIMIT 20`,
          params: { text, prefix: `\n${text}` },
        };
      },
    },
    {
      name: "an enterprise's relations",
      store: (store, i) => store.relationsOf([at(enterprises, i)], {}),
      graphql: (i) => ({
        query: 'query($id: ID!) { actor(id: $id) { id relations { id type status from { id name } to { id name } } } }',
        variables: { id: at(enterprises, i) },
      }),
      cypher: (i) => ({
        text: `MATCH (s:Actor)-[r:Rel]-(t:Actor) WHERE s.id = $id
          RETURN r.id AS id, r.type AS type, r.status AS status, s.id AS self, t.id AS other, t.name AS otherName,
            r.metrics AS metrics, r.citations AS citations ORDER BY r.type, r.id`,
        params: { id: at(enterprises, i) },
      }),
    },
  ];
}
