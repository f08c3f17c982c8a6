// A deterministic synthetic regional innovation graph: the same size and seed always give the
// same actors and relations. Enterprises are the bulk; funds and incubators are hubs whose
// degrees follow a heavy tail; about two thirds of the actors are in Haidian. Items are
// produced lazily so that the L graph (10⁶ actors, 10⁷ relations) streams to disk.
import type { ActorKind, ActorRecord, Metric, RelationRecord, RelationStatus, RelationType } from '../../src/graph/model.js';

export const SIZES = {
  XS: { actors: 200, relationsPerActor: 5 },
  S: { actors: 1_000, relationsPerActor: 10 },
  M: { actors: 100_000, relationsPerActor: 10 },
  L: { actors: 1_000_000, relationsPerActor: 10 },
} as const;

export type SizeName = keyof typeof SIZES;

/** Share of actors per kind; enterprises take what is left. */
const KIND_SHARES: [ActorKind, number][] = [
  ['UNIVERSITY', 0.003],
  ['RESEARCH_INSTITUTE', 0.01],
  ['MILITARY_GROUP', 0.002],
  ['FUND', 0.02],
  ['INCUBATOR', 0.015],
  ['TALENT_PROGRAM', 0.003],
  ['WORKSTATION', 0.01],
  ['PARK', 0.005],
  ['PLATFORM', 0.01],
  ['ALLIANCE', 0.005],
  ['GOVERNMENT', 0.002],
  ['POLICY', 0.003],
  ['PROJECT', 0.005],
];

const KIND_WORD: Record<ActorKind, [string, string]> = {
  UNIVERSITY: ['大学', 'University'],
  RESEARCH_INSTITUTE: ['研究所', 'Research Institute'],
  MILITARY_GROUP: ['军工集团', 'Defence Group'],
  FUND: ['创业投资基金', 'Venture Fund'],
  INCUBATOR: ['孵化器', 'Incubator'],
  ENTERPRISE: ['科技有限公司', 'Technology Co.'],
  TALENT_PROGRAM: ['人才计划', 'Talent Programme'],
  WORKSTATION: ['院士专家工作站', 'Expert Workstation'],
  PARK: ['科技园', 'Science Park'],
  PLATFORM: ['公共服务平台', 'Service Platform'],
  ALLIANCE: ['产业技术联盟', 'Industry Alliance'],
  GOVERNMENT: ['管理委员会', 'Administrative Committee'],
  POLICY: ['扶持政策', 'Support Policy'],
  PROJECT: ['建设项目', 'Project'],
};

const PLACE_WORDS = ['中关村', '上地', '清河', '西北旺', '苏家坨', '学院路', '万柳', '温泉', '四季青', '北太平庄'];
const TRADE_WORDS = ['智能', '云数', '芯片', '生物', '航天', '新材料', '能源', '软件', '光电', '医疗'];
const OTHER_DISTRICTS = ['朝阳区', '昌平区', '东城区', '西城区', '丰台区', '大兴区', '顺义区', '石景山区'];
const HAIDIAN = '海淀区';
const HAIDIAN_SHARE = 0.65;

/** Relation recipes: share of all relations, source kinds, target kinds, which end is the hub. */
interface Recipe {
  type: RelationType;
  share: number;
  from: ActorKind[];
  to: ActorKind[];
}

const RECIPES: Recipe[] = [
  { type: 'INVESTS_IN', share: 0.3, from: ['FUND'], to: ['ENTERPRISE'] },
  { type: 'INCUBATES', share: 0.15, from: ['INCUBATOR'], to: ['ENTERPRISE'] },
  { type: 'PARTNERS_WITH', share: 0.13, from: ['ENTERPRISE'], to: ['ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE'] },
  { type: 'TRANSFERS_TECHNOLOGY', share: 0.1, from: ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'MILITARY_GROUP'], to: ['ENTERPRISE'] },
  { type: 'LOCATED_IN', share: 0.1, from: ['ENTERPRISE', 'INCUBATOR', 'PLATFORM'], to: ['PARK'] },
  { type: 'MEMBER_OF', share: 0.05, from: ['ENTERPRISE', 'UNIVERSITY'], to: ['ALLIANCE'] },
  { type: 'SUPPORTS', share: 0.07, from: ['GOVERNMENT', 'POLICY', 'TALENT_PROGRAM', 'PLATFORM'], to: ['ENTERPRISE', 'INCUBATOR'] },
  { type: 'CO_FOUNDED', share: 0.03, from: ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'MILITARY_GROUP', 'GOVERNMENT'], to: ['FUND', 'INCUBATOR'] },
  { type: 'CONTRIBUTES_TO', share: 0.03, from: ['FUND', 'GOVERNMENT'], to: ['FUND', 'PROJECT'] },
  { type: 'HOSTS', share: 0.02, from: ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE'], to: ['WORKSTATION', 'PLATFORM'] },
  { type: 'PART_OF', share: 0.02, from: ['PLATFORM', 'INCUBATOR', 'WORKSTATION'], to: ['PARK', 'ALLIANCE'] },
];

const STATUSES: [RelationStatus, number][] = [
  ['ESTABLISHED', 0.85],
  ['PLANNED', 0.08],
  ['INTENT', 0.04],
  ['NEGOTIATING', 0.03],
];

/** mulberry32: a small, fast, well-distributed 32-bit generator; enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedGraph {
  actorCount: number;
  relationCount: number;
  /** The document every item cites: one paragraph naming the generator, size and seed. */
  source: { id: string; text: string };
  actors(): Generator<ActorRecord>;
  relations(): Generator<RelationRecord>;
}

const pad = (n: number) => String(n).padStart(7, '0');
const idOf = (kind: ActorKind, n: number) => `${kind.toLowerCase().replaceAll('_', '-')}-${pad(n)}`;

export function generateGraph(size: SizeName, seed = 1): GeneratedGraph {
  const { actors: actorCount, relationsPerActor } = SIZES[size];
  const counts = new Map<ActorKind, number>();
  for (const [kind, share] of KIND_SHARES) counts.set(kind, Math.max(1, Math.round(actorCount * share)));
  const others = [...counts.values()].reduce((s, n) => s + n, 0);
  counts.set('ENTERPRISE', actorCount - others);
  const relationCount = actorCount * relationsPerActor;
  const source = { id: 'synthetic', text: `generated by bench/generate (size ${size}, seed ${seed})\n` };
  const citation = [{ document: source.id, paragraph: 1, quote: source.text.trim() }];

  function metric(name: string, value: number, unit: string): Metric {
    return { name, value, unit, asOf: '2014', citations: citation };
  }

  function* actors(): Generator<ActorRecord> {
    const next = random(seed);
    for (const [kind, count] of counts) {
      const [zh, en] = KIND_WORD[kind];
      for (let n = 0; n < count; n += 1) {
        const place = PLACE_WORDS[Math.floor(next() * PLACE_WORDS.length)] ?? '';
        const trade = TRADE_WORDS[Math.floor(next() * TRADE_WORDS.length)] ?? '';
        const inDistrict = next() < HAIDIAN_SHARE;
        const district = inDistrict ? HAIDIAN : (OTHER_DISTRICTS[Math.floor(next() * OTHER_DISTRICTS.length)] ?? HAIDIAN);
        // The number keeps every name unique, as the store requires.
        const name = `${place}${trade}${zh}${pad(n)}`;
        const metrics: Metric[] = [];
        if (kind === 'ENTERPRISE') {
          metrics.push(metric('revenue', Math.round(1e6 * Math.exp(next() * 8)), 'CNY'));
          metrics.push(metric('employees', Math.ceil(5 * Math.exp(next() * 6)), 'persons'));
        } else if (kind === 'FUND') {
          metrics.push(metric('fundSize', Math.round(1e7 * Math.exp(next() * 5)), 'CNY'));
        }
        yield {
          id: idOf(kind, n),
          kind,
          name,
          nameEn: `${en} ${pad(n)}`,
          aliases: next() < 0.3 ? [`${kind.slice(0, 3)}${pad(n)}`] : [],
          district,
          inDistrict,
          description: null,
          metrics,
          citations: citation,
        };
      }
    }
  }

  /** An index in [0, count): uniform, or skewed toward 0 for hubs (a few take most links). */
  function pick(next: () => number, count: number, hub: boolean): number {
    const u = next();
    return Math.min(count - 1, Math.floor(count * (hub ? u ** 3 : u)));
  }

  function pickKind(next: () => number, kinds: ActorKind[]): ActorKind {
    // Weighted by how many actors each kind has, so that rare kinds are rarely picked.
    const total = kinds.reduce((s, k) => s + (counts.get(k) ?? 0), 0);
    let u = next() * total;
    for (const k of kinds) {
      u -= counts.get(k) ?? 0;
      if (u < 0) return k;
    }
    return kinds[kinds.length - 1] ?? 'ENTERPRISE';
  }

  function pickStatus(next: () => number): RelationStatus {
    let u = next();
    for (const [status, share] of STATUSES) {
      u -= share;
      if (u < 0) return status;
    }
    return 'ESTABLISHED';
  }

  const HUB_KINDS = new Set<ActorKind>(['FUND', 'INCUBATOR', 'UNIVERSITY', 'PARK', 'ALLIANCE', 'GOVERNMENT', 'POLICY']);

  function* relations(): Generator<RelationRecord> {
    const next = random(seed + 1);
    let n = 0;
    for (const recipe of RECIPES) {
      const quota = Math.round(relationCount * recipe.share);
      for (let i = 0; i < quota && n < relationCount; i += 1, n += 1) {
        const fromKind = pickKind(next, recipe.from);
        const toKind = pickKind(next, recipe.to);
        const from = idOf(fromKind, pick(next, counts.get(fromKind) ?? 1, HUB_KINDS.has(fromKind)));
        const to = idOf(toKind, pick(next, counts.get(toKind) ?? 1, HUB_KINDS.has(toKind)));
        const metrics =
          recipe.type === 'INVESTS_IN' ? [metric('amount', Math.round(1e5 * Math.exp(next() * 7)), 'CNY')] : [];
        yield {
          id: `rel-${String(n).padStart(8, '0')}`,
          type: recipe.type,
          status: pickStatus(next),
          from,
          to,
          description: null,
          metrics,
          citations: citation,
        };
      }
    }
  }

  return { actorCount, relationCount, source, actors, relations };
}
