// The cases of the analytics benches (analytics.ts, hydration.ts): connections of several shapes,
// hub-heavy ones too, and neighborhoods, each call starting from another actor of its case.
import { findConnections, type ConnectionQuery } from '../src/analytics/connections.js';
import { neighborhood } from '../src/analytics/neighborhood.js';
import { hydratePaths } from '../src/analytics/projection/hydrate.js';
import type { Projection } from '../src/analytics/projection/projection.js';
import type { GraphStore } from '../src/graph/store.js';

export interface Case {
  name: string;
  query: (i: number) => string;
  inProcess: (store: GraphStore, projection: Projection, i: number) => Promise<unknown>;
  /** A connections case: its start actors (one per call, in turn) and the rest of its query. */
  connections?: { from: readonly string[]; args: Omit<ConnectionQuery, 'from'> };
}

/** Actors of a kind spread over the index range. */
function spread(projection: Projection, kind: string, count: number): string[] {
  const found: string[] = [];
  for (let a = 0; a < projection.actorCount; a++) if (projection.kind(a) === kind) found.push(projection.id(a));
  return Array.from({ length: count }, (_, i) => found[Math.floor((i * found.length) / count)] as string);
}

const at = (list: readonly string[], i: number) => list[i % list.length] as string;

function connectionCase(name: string, from: readonly string[], args: Omit<ConnectionQuery, 'from'>, graphqlArgs: string): Case {
  return {
    name,
    query: (i) => `{ connections(from: "${at(from, i)}", ${graphqlArgs}) { length revision nodes { id name } relations { id type status } } }`,
    inProcess: async (store, projection, i) => {
      const query = { ...args, from: at(from, i) };
      return hydratePaths(store, projection, findConnections(projection, query), query);
    },
    connections: { from, args },
  };
}

export function casesOf(projection: Projection): Case[] {
  const universities = spread(projection, 'UNIVERSITY', 32);
  const enterprises = spread(projection, 'ENTERPRISE', 64);
  const funds = spread(projection, 'FUND', 32);
  // Index 0 of each hub kind takes the most relations (bench/generate skews picks toward it).
  const hubUniversity = ['university-0000000'];
  const hubFund = ['fund-0000000'];
  const district = { kinds: ['ENTERPRISE' as const], inDistrict: true };
  const plain = { includePlanned: true, first: 50 };
  const first200 = { includePlanned: true, first: 200 };
  return [
    connectionCase('university → FUND → district enterprises (≤ 4 hops)', universities, { via: ['FUND'], to: district, maxHops: 4, ...plain }, 'via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 4, first: 50'),
    connectionCase('hub university → FUND → district enterprises (≤ 4 hops, first 200)', hubUniversity, { via: ['FUND'], to: district, maxHops: 4, ...first200 }, 'via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 4, first: 200'),
    connectionCase('fund → any channel → district enterprises (≤ 3 hops)', funds, { to: district, maxHops: 3, ...plain }, 'to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 3, first: 50'),
    connectionCase('hub fund → FUND/INCUBATOR → enterprises (≤ 4 hops)', hubFund, { via: ['FUND', 'INCUBATOR'], to: { kinds: ['ENTERPRISE'] }, maxHops: 4, ...plain }, 'via: [FUND, INCUBATOR], to: {kinds: [ENTERPRISE]}, maxHops: 4, first: 50'),
    connectionCase('hub fund → FUND → district enterprises (≤ 6 hops, first 200)', hubFund, { via: ['FUND'], to: district, maxHops: 6, ...first200 }, 'via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 6, first: 200'),
    connectionCase('university → INCUBATOR → district enterprises (≤ 5 hops, first 200)', universities, { via: ['INCUBATOR'], to: district, maxHops: 5, ...first200 }, 'via: [INCUBATOR], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 5, first: 200'),
    connectionCase(
      'university → FUND, founding and investing only, direction OUT, established (≤ 5 hops, first 200)',
      universities,
      { via: ['FUND'], to: district, maxHops: 5, first: 200, includePlanned: false, relationTypes: ['CO_FOUNDED', 'CONTRIBUTES_TO', 'INVESTS_IN'], direction: 'OUT' },
      'via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}, maxHops: 5, first: 200, includePlanned: false, relationTypes: [CO_FOUNDED, CONTRIBUTES_TO, INVESTS_IN], direction: OUT',
    ),
    connectionCase('enterprise → universities, direction ANY (≤ 3 hops)', enterprises, { to: { kinds: ['UNIVERSITY'] }, maxHops: 3, ...plain, direction: 'ANY' }, 'to: {kinds: [UNIVERSITY]}, maxHops: 3, first: 50, direction: ANY'),
    {
      name: 'neighborhood depth 2 of an enterprise (limit 200)',
      query: (i) => `{ neighborhood(id: "${at(enterprises, i)}", depth: 2, limit: 200) { revision nodes { key attributes { label } } edges { key source target } truncated } }`,
      inProcess: (s, p, i) => neighborhood(s, p, { id: at(enterprises, i), depth: 2, limit: 200 }),
    },
    {
      name: 'neighborhood depth 2 of the hub fund (limit 200)',
      query: () => `{ neighborhood(id: "fund-0000000", depth: 2, limit: 200) { revision nodes { key attributes { label } } edges { key source target } truncated } }`,
      inProcess: (s, p) => neighborhood(s, p, { id: 'fund-0000000', depth: 2, limit: 200 }),
    },
  ];
}
