// The channel rules of docs/analytics.md ("connections"), each pinned on the report's own graph
// (seed/) through GraphQL: the three misleading answers of issue 12 and what replaced them.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/ingest/seed-files.js';
import { graphApi } from '../helpers/graphql.js';

const PATH = '{ revision nodes { id kind } relations { id type status } hops { forward amount share relation { id } } explanation { zh en } }';

interface Path {
  revision: number | null;
  nodes: { id: string; kind: string }[];
  relations: { id: string; type: string; status: string }[];
  hops: { forward: boolean; amount: number | null; share: number | null; relation: { id: string } }[];
  explanation: { zh: string; en: string };
}

const route = (p: Path) => p.nodes.map((n) => n.id).join(' > ');

describe('connections follow what moves (seed graph)', () => {
  const seed = readSeed(resolve('seed'));
  const api = graphApi({ actors: seed.actors, relations: seed.relations });
  // `selection`: a lean one for `first: 200`, which the cost limit refuses with the whole PATH.
  const connections = async (args: string, selection = PATH) => {
    const { data, errors } = await api().run<{ connections: Path[] }>(`{ connections(${args}) ${selection} }`);
    expect(errors).toBeUndefined();
    return data?.connections ?? [];
  };

  it('a hub does not carry paths: 海淀区人民政府 is no intermediate unless `via` names GOVERNMENT', async () => {
    // Issue 12: 50 of 53 paths from 清华 to district firms went through the government.
    const ROUTE = '{ nodes { id kind } }';
    const plain = await connections('from: "清华", to: { kinds: [ENTERPRISE], inDistrict: true }, first: 200', ROUTE);
    expect(plain.map(route)).toEqual(['tsinghua > shuimu-qicheng-fund > shuimu-qicheng-portfolio-haidian']);
    // Even walking relations either way, no path passes the government or a policy…
    const anyWay = await connections('from: "清华", to: { kinds: [ENTERPRISE], inDistrict: true }, first: 200, direction: ANY', ROUTE);
    expect(anyWay.length).toBeGreaterThan(0);
    expect(anyWay.flatMap((p) => p.nodes.slice(1, -1)).filter((n) => n.kind === 'GOVERNMENT' || n.kind === 'POLICY')).toEqual([]);
    // …until `via` names its kind.
    const viaGovernment = await connections('from: "清华", via: [FUND, GOVERNMENT], to: { kinds: [ENTERPRISE], inDistrict: true }, first: 200, direction: ANY', ROUTE);
    expect(viaGovernment.some((p) => p.nodes.some((n) => n.id === 'haidian-government'))).toBe(true);
  });

  it('relations are followed the way things move (FLOW), or as `direction` says', async () => {
    const toUniversity = (direction: string) => connections(`from: "水木启程基金", to: { kinds: [UNIVERSITY] }, maxHops: 1, direction: ${direction}`);
    // Money goes from the founder into the fund, not back.
    expect((await toUniversity('FLOW')).map(route)).toEqual([]);
    expect((await toUniversity('OUT')).map(route)).toEqual([]);
    expect((await toUniversity('IN')).map(route)).toEqual(['shuimu-qicheng-fund > tsinghua']);
    expect((await toUniversity('ANY')).map(route)).toEqual(['shuimu-qicheng-fund > tsinghua']);
    const [path] = await toUniversity('IN');
    expect(path?.hops.map((h) => h.forward)).toEqual([false]);
  });

  it('structure is no channel unless named, and never joins two members of one group', async () => {
    // Issue 12: 航天科工 went up PART_OF to 军民融合产业基金 and down to a fund it did not found.
    const casic = await connections('from: "航天科工", via: [FUND], to: { kinds: [ENTERPRISE] }');
    expect(casic.map(route)).toEqual([
      'casic > casic-civil-military-fund > casic-fund-portfolio-haidian',
      'casic > casic-civil-military-fund > casic-fund-portfolio-other',
    ]);
    const named = await connections('from: "航天科工", via: [FUND], to: { kinds: [ENTERPRISE] }, relationTypes: [CO_FOUNDED, INVESTS_IN, PART_OF], direction: ANY');
    expect(named.map(route)).toEqual(casic.map(route));
    expect(named.some((p) => p.nodes.some((n) => n.id === 'aerospace-industry-fund'))).toBe(false);
    // Down a named structural relation after a channel is fine: the park 中航工业 co-founded holds 航电.
    const located = 'from: "中航工业", to: { ids: ["avic-avionics-systems"] }';
    expect((await connections(located)).map(route)).toEqual([]);
    expect((await connections(`${located}, relationTypes: [CO_FOUNDED, LOCATED_IN]`)).map(route)).toEqual(['avic > zgc-aviation-park > avic-avionics-systems']);
    // Two residents of one park are not connected through it, even with LOCATED_IN named.
    expect((await connections('from: "avic-avionics-systems", to: { ids: ["chinese-aeronautical-establishment"] }, relationTypes: [LOCATED_IN], direction: ANY')).map(route)).toEqual([]);
  });

  it('a via actor may also be a target: 清华 reaches Haidian through 水木启程, itself in the district', async () => {
    // Issue 12: this answered [] because 水木启程 (in the district) blocked the path.
    const paths = await connections('from: "清华大学", via: [FUND], to: { inDistrict: true }');
    expect(paths.map(route)).toEqual(['tsinghua > shuimu-qicheng-fund > shuimu-qicheng-portfolio-haidian']);
    // Without via, a target ends the path: the fund itself is the answer.
    expect((await connections('from: "清华大学", to: { inDistrict: true }, maxHops: 2')).map(route)).toContain('tsinghua > shuimu-qicheng-fund');
  });

  it('bases filter relations by what the report states; hops carry amounts and shares; each path explains itself', async () => {
    expect(await connections('from: "清华大学", via: [FUND], to: { inDistrict: true }, bases: [INFERRED]')).toEqual([]);
    expect((await connections('from: "清华大学", via: [FUND], to: { inDistrict: true }, bases: [STATED]')).map(route)).toHaveLength(1);

    const [aerospace] = await connections('from: "航天科技", via: [FUND], to: { kinds: [ENTERPRISE], inDistrict: true }');
    expect(route(aerospace as Path)).toBe('casc > aerospace-industry-fund > aerospace-industry-fund-portfolio-haidian');
    expect(aerospace?.hops.map((h) => [h.relation.id, h.forward, h.amount])).toEqual([
      [aerospace?.relations[0]?.id, true, null],
      [aerospace?.relations[1]?.id, true, 50_000_000],
    ]);
    expect(aerospace?.explanation.zh).toContain('中国航天科技集团公司共同设立');
    expect(aerospace?.explanation.zh).toContain('5000万元');
    expect(aerospace?.explanation.en).toContain('every intermediate is a FUND');
    // The Chinese sentence names kinds in Chinese, not by the API's enum names.
    expect(aerospace?.explanation.zh).toContain('中间节点均为基金');
    expect(aerospace?.explanation.zh).not.toMatch(/[A-Z]{2,}/);
    expect(aerospace?.explanation.en).toContain('CNY 50,000,000');

    const [talent] = await connections('from: "ten-thousand-talents-program", to: { kinds: [PARK] }, maxHops: 1');
    expect(talent?.hops[0]?.share).toBe(0.7);
  });

  it('each answer names the graph revision it comes from, and a write moves it', async () => {
    const before = await connections('from: "清华大学", via: [FUND], to: { inDistrict: true }');
    const revision = before[0]?.revision as number;
    expect(typeof revision).toBe('number');
    const shuimu = seed.relations.find((r) => r.id === 'shuimu-qicheng-invests-haidian');
    await api().store.upsert({ actors: [], relations: [{ ...(shuimu as (typeof seed.relations)[number]), id: 'shuimu-qicheng-invests-other-again', to: 'casic-fund-portfolio-haidian' }] });
    const after = await connections('from: "清华大学", via: [FUND], to: { inDistrict: true }');
    expect(after.map(route)).toContain('tsinghua > shuimu-qicheng-fund > casic-fund-portfolio-haidian');
    expect(after[0]?.revision).toBeGreaterThan(revision);
  });
});

describe('neighborhood takes a name and a direction (seed graph)', () => {
  const seed = readSeed(resolve('seed'));
  const api = graphApi({ actors: seed.actors, relations: seed.relations });
  const keys = async (args: string) => {
    const { data, errors } = await api().run<{ neighborhood: { revision: number; nodes: { key: string }[] } }>(`{ neighborhood(${args}) { revision nodes { key } } }`);
    expect(errors).toBeUndefined();
    return data?.neighborhood.nodes.map((n) => n.key);
  };

  it('walks out, in or either way from an actor named by its name', async () => {
    expect(await keys('id: "水木启程基金", direction: OUT')).toEqual(['shuimu-qicheng-fund', 'shuimu-qicheng-portfolio-haidian', 'shuimu-qicheng-portfolio-other']);
    expect(await keys('id: "水木启程基金", direction: IN, relationTypes: [CO_FOUNDED]')).toEqual(['shuimu-qicheng-fund', 'haidian-government', 'social-capital', 'tsinghua']);
    // The fund, its 2 investees, its 3 co-founders, 2 more partners, and 水木杨帆 (its second phase, §12).
    expect(await keys('id: "shuimu-qicheng-fund"')).toHaveLength(1 + 2 + 3 + 2 + 1);
  });
});
