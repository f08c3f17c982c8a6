// connections and neighborhood through GraphQL on the embedded engine, over a graph built so
// that each rule of docs/analytics.md shows: via is strict, established before planned,
// parallel relations make no duplicates, errors name what was wrong, writes invalidate the cache.
import { describe, expect, it } from 'vitest';
import { CONNECTION_LIMITS } from '../../src/analytics/connections.js';
import { actor, relation } from '../helpers/fixtures.js';
import { graphApi } from '../helpers/graphql.js';

const graph = {
  actors: [
    actor('uni', 'UNIVERSITY', '甲大学', { aliases: ['UA'] }),
    actor('gov', 'GOVERNMENT', '区政府'),
    actor('f1', 'FUND', '基金一'),
    actor('f2', 'FUND', '基金二'),
    actor('f3', 'FUND', '基金三'),
    actor('inc', 'INCUBATOR', '孵化器'),
    actor('e1', 'ENTERPRISE', '企业一'),
    actor('e2', 'ENTERPRISE', '企业二'),
    actor('e3', 'ENTERPRISE', '区外企业', { inDistrict: false, district: '朝阳区' }),
  ],
  relations: [
    relation('uni-founds-f1', 'CO_FOUNDED', 'uni', 'f1'),
    relation('uni-pays-f1', 'CONTRIBUTES_TO', 'uni', 'f1', 'PLANNED'),
    relation('gov-founds-f1', 'CO_FOUNDED', 'gov', 'f1'),
    relation('gov-founds-f3', 'CO_FOUNDED', 'gov', 'f3'),
    relation('f1-invests-e1', 'INVESTS_IN', 'f1', 'e1'),
    relation('f1-invests-e3', 'INVESTS_IN', 'f1', 'e3'),
    relation('uni-founds-f2', 'CO_FOUNDED', 'uni', 'f2', 'PLANNED'),
    relation('f2-invests-e2', 'INVESTS_IN', 'f2', 'e2'),
    relation('f1-partners-f3', 'PARTNERS_WITH', 'f1', 'f3'),
    relation('f3-invests-e2', 'INVESTS_IN', 'f3', 'e2'),
    relation('uni-partners-inc', 'PARTNERS_WITH', 'uni', 'inc'),
    relation('inc-incubates-e1', 'INCUBATES', 'inc', 'e1'),
  ],
};

const PATH = '{ length allEstablished nodes { id } relations { id status citations { quote } } }';
const ids = (paths?: { nodes: { id: string }[] }[]) => paths?.map((p) => p.nodes.map((n) => n.id).join('>'));

interface Path {
  length: number;
  allEstablished: boolean;
  nodes: { id: string }[];
  relations: { id: string; status: string; citations: { quote: string }[] }[];
}

describe('connections and neighborhood', () => {
  const api = graphApi(graph);

  const connections = (args: string) => api().run<{ connections: Path[] }>(`{ connections(${args}) ${PATH} }`);

  it('finds paths through funds only, shortest first, established before planned, firmest link between two actors', async () => {
    const { data, errors } = await connections('from: "UA", via: [FUND], to: { kinds: [ENTERPRISE], inDistrict: true }');
    expect(errors).toBeUndefined();
    expect(ids(data?.connections)).toEqual(['uni>f1>e1', 'uni>f2>e2', 'uni>f1>f3>e2']);
    expect(data?.connections.map((p) => [p.length, p.allEstablished])).toEqual([
      [2, true],
      [2, false],
      [3, true],
    ]);
    // uni–f1 has an established and a planned relation: the path takes the established one, once.
    expect(data?.connections[0]?.relations.map((r) => r.id)).toEqual(['uni-founds-f1', 'f1-invests-e1']);
    expect(data?.connections[0]?.relations[0]?.citations[0]?.quote).toBe('uni-founds-f1');
  });

  it('includePlanned: false drops every path with a planned link; maxHops and first bound the answer', async () => {
    expect(ids((await connections('from: "甲大学", via: [FUND], to: { kinds: [ENTERPRISE], inDistrict: true }, includePlanned: false')).data?.connections)).toEqual([
      'uni>f1>e1',
      'uni>f1>f3>e2',
    ]);
    expect(ids((await connections('from: "uni", via: [FUND], to: { inDistrict: true, kinds: [ENTERPRISE] }, maxHops: 2')).data?.connections)).toEqual([
      'uni>f1>e1',
      'uni>f2>e2',
    ]);
    expect(ids((await connections('from: "uni", via: [FUND], to: { kinds: [ENTERPRISE] }, first: 1')).data?.connections)).toEqual(['uni>f1>e1']);
  });

  it('without via any actor may carry the path; targets combine kinds, inDistrict and ids', async () => {
    expect(ids((await connections('from: "uni", to: { ids: ["e1"] }, maxHops: 2')).data?.connections)).toEqual(['uni>f1>e1', 'uni>inc>e1']);
    expect(ids((await connections('from: "uni", via: [FUND], to: { kinds: [ENTERPRISE], inDistrict: false }')).data?.connections)).toEqual(['uni>f1>e3']);
    expect((await connections('from: "uni", via: [FUND], to: { kinds: [ENTERPRISE], ids: ["f3"] }')).data?.connections).toEqual([]);
  });

  it('errors name what was wrong: unknown or ambiguous `from`, unknown target ids, bad bounds', async () => {
    const missing = await connections('from: "火星大学", to: { kinds: [ENTERPRISE] }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('ACTOR_NOT_FOUND');
    expect(missing.errors?.[0]?.message).toContain('火星大学');

    const ambiguous = await connections('from: "基金", to: { kinds: [ENTERPRISE] }');
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('AMBIGUOUS_ACTOR');
    expect(ambiguous.errors?.[0]?.message).toContain('基金一 (f1)');
    expect(ambiguous.errors?.[0]?.extensions?.candidates).toEqual([
      { id: 'f1', name: '基金一', kind: 'FUND' },
      { id: 'f2', name: '基金二', kind: 'FUND' },
      { id: 'f3', name: '基金三', kind: 'FUND' },
    ]);

    const unknownTarget = await connections('from: "uni", to: { ids: ["e1", "nope"] }');
    expect(unknownTarget.errors?.[0]?.extensions?.code).toBe('ACTOR_NOT_FOUND');
    expect(unknownTarget.errors?.[0]?.message).toContain('"nope"');

    for (const args of ['from: "uni", to: {}', 'from: "uni", to: { kinds: [FUND] }, maxHops: 7', 'from: "uni", to: { kinds: [FUND] }, first: 0']) {
      expect((await connections(args)).errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
    }
  });

  it('sees a write made through the store at once (the snapshot cache follows the revision)', async () => {
    await api().store.upsert({ actors: [], relations: [relation('uni-founds-f3', 'CO_FOUNDED', 'uni', 'f3')] });
    const { data } = await connections('from: "uni", via: [FUND], to: { kinds: [ENTERPRISE], inDistrict: true }, maxHops: 2');
    expect(ids(data?.connections)).toEqual(['uni>f1>e1', 'uni>f3>e2', 'uni>f2>e2']);
  });

  it('neighborhood: graphology JSON with drawing attributes, relation-type filter, limit and truncation', async () => {
    const query = (args: string) =>
      api().run<{ neighborhood: { truncated: boolean; nodes: { key: string; attributes: { label: string; kind: string; depth: number; inDistrict: boolean } }[]; edges: { key: string; source: string; target: string; attributes: { type: string; status: string } }[] } }>(
        `{ neighborhood(${args}) { truncated nodes { key attributes { label labelEn kind inDistrict depth } } edges { key source target attributes { type status } } } }`,
      );
    const oneAnswer = await query('id: "f2"');
    expect(oneAnswer.errors).toBeUndefined();
    const one = oneAnswer.data?.neighborhood;
    expect(one?.truncated).toBe(false);
    expect(one?.nodes.map((n) => [n.key, n.attributes.depth])).toEqual([
      ['f2', 0],
      ['e2', 1],
      ['uni', 1],
    ]);
    expect(one?.nodes[0]?.attributes).toMatchObject({ label: '基金二', kind: 'FUND', inDistrict: true });
    expect(one?.edges).toEqual([
      { key: 'f2-invests-e2', source: 'f2', target: 'e2', attributes: { type: 'INVESTS_IN', status: 'ESTABLISHED' } },
      { key: 'uni-founds-f2', source: 'uni', target: 'f2', attributes: { type: 'CO_FOUNDED', status: 'PLANNED' } },
    ]);

    const invests = (await query('id: "f1", depth: 2, relationTypes: [INVESTS_IN]')).data?.neighborhood;
    expect(invests?.nodes.map((n) => n.key)).toEqual(['f1', 'e1', 'e3']);
    expect(invests?.edges.every((e) => e.attributes.type === 'INVESTS_IN')).toBe(true);

    const cut = (await query('id: "uni", depth: 2, limit: 3')).data?.neighborhood;
    expect(cut?.truncated).toBe(true);
    expect(cut?.nodes).toHaveLength(3);
    expect(cut?.edges.every((e) => cut.nodes.some((n) => n.key === e.source) && cut.nodes.some((n) => n.key === e.target))).toBe(true);

    const unknown = await query('id: "nope"');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('ACTOR_NOT_FOUND');
  });
});

describe('connections on a hub-heavy graph', () => {
  // 60 funds all partnering with each other; the university and the enterprise both touch fund 0
  // only: every partial path beyond fund 0 can reach the enterprise as a walk, never as a path.
  const funds = Array.from({ length: 60 }, (_, i) => actor(`f${i}`, 'FUND', `基金${i}`));
  const api = graphApi({
    actors: [actor('u', 'UNIVERSITY', '大学'), actor('e', 'ENTERPRISE', '企业'), ...funds],
    relations: [
      ...funds.flatMap((a, i) => funds.slice(i + 1).map((b) => relation(`${a.id}-${b.id}`, 'PARTNERS_WITH', a.id, b.id))),
      relation('u-f0', 'CO_FOUNDED', 'u', 'f0'),
      relation('f0-e', 'INVESTS_IN', 'f0', 'e'),
    ],
  });
  const connections = (maxHops: number) => api().run<{ connections: Path[] }>(`{ connections(from: "u", via: [FUND], to: { ids: ["e"] }, maxHops: ${maxHops}, first: 200) { nodes { id } } }`);

  it('refuses a search that would expand too many partial paths, instead of running away', async () => {
    const broad = await connections(CONNECTION_LIMITS.maxHops);
    expect(broad.errors?.[0]?.extensions?.code).toBe('SEARCH_TOO_BROAD');
    expect(broad.errors?.[0]?.message).toContain(`more than ${CONNECTION_LIMITS.partialPaths} partial paths within 6 hops`);
    // A bounded question on the same graph answers.
    const bounded = await connections(4);
    expect(bounded.errors).toBeUndefined();
    expect(ids(bounded.data?.connections)).toEqual(['u>f0>e']);
  });
});
