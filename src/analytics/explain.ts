// Why a path answers a connections question, in Chinese and English: each hop as a sentence in
// the relation's own direction (with its status, and amount or share where the relation states
// one), then the rules the path satisfies.
import type { ActorKind, ActorRecord, RelationRecord, RelationStatus, RelationType } from '../graph/model.js';
import type { ConnectionQuery } from './connections.js';

const VERB: Record<RelationType, { zh: string; en: string }> = {
  CO_FOUNDED: { zh: '共同设立', en: 'co-founded' },
  INVESTS_IN: { zh: '投资', en: 'invests in' },
  CONTRIBUTES_TO: { zh: '出资', en: 'contributes to' },
  INCUBATES: { zh: '孵化', en: 'incubates' },
  LOCATED_IN: { zh: '位于', en: 'is located in' },
  PARTNERS_WITH: { zh: '合作', en: 'partners with' },
  TRANSFERS_TECHNOLOGY: { zh: '转移技术给', en: 'transfers technology to' },
  HOSTS: { zh: '承载', en: 'hosts' },
  MEMBER_OF: { zh: '加入', en: 'is a member of' },
  SUPPORTS: { zh: '支持', en: 'supports' },
  PART_OF: { zh: '隶属', en: 'is part of' },
  OPERATES: { zh: '运营', en: 'operates' },
};

const STATUS: Record<RelationStatus, { zh: string; en: string }> = {
  ESTABLISHED: { zh: '已建立', en: 'established' },
  PLANNED: { zh: '筹建中', en: 'planned' },
  INTENT: { zh: '意向', en: 'intended' },
  NEGOTIATING: { zh: '洽谈中', en: 'negotiating' },
};

/** Kinds as the Chinese sentence names them (the English one keeps the API's enum names). */
const KIND_ZH: Record<ActorKind, string> = {
  UNIVERSITY: '高校',
  RESEARCH_INSTITUTE: '科研院所',
  MILITARY_GROUP: '军工集团',
  FUND: '基金',
  INCUBATOR: '孵化器',
  ENTERPRISE: '企业',
  TALENT_PROGRAM: '人才计划',
  WORKSTATION: '工作站',
  PARK: '园区',
  PLATFORM: '平台',
  ALLIANCE: '联盟',
  GOVERNMENT: '政府机构',
  POLICY: '政策',
  PROJECT: '项目',
};

const DIRECTION: Record<string, { zh: string; en: string }> = {
  FLOW: { zh: '每一步都顺着资金、技术或支持流动的方向', en: 'every relation is followed the way money, technology or support moves' },
  OUT: { zh: '每一步都沿关系的方向', en: 'every relation is followed from its source to its target' },
  IN: { zh: '每一步都逆关系的方向', en: 'every relation is followed against its direction' },
  ANY: { zh: '关系可双向通行', en: 'relations are followed either way' },
};

/** The money a relation moves (CNY) and a share it states, when a metric gives them. */
export function hopFigures(relation: RelationRecord): { amount: number | null; share: number | null } {
  return {
    amount: relation.metrics.find((m) => m.unit === 'CNY')?.value ?? null,
    share: relation.metrics.find((m) => m.unit === 'SHARE')?.value ?? null,
  };
}

function hop(relation: RelationRecord, names: ReadonlyMap<string, ActorRecord>): { zh: string; en: string } {
  const from = names.get(relation.from);
  const to = names.get(relation.to);
  const { amount, share } = hopFigures(relation);
  const zhFigures = [STATUS[relation.status].zh, amount != null ? `${amount / 1e4}万元` : null, share != null ? `占${Math.round(share * 1000) / 10}%` : null];
  const enFigures = [STATUS[relation.status].en, amount != null ? `CNY ${amount.toLocaleString('en')}` : null, share != null ? `share ${Math.round(share * 1000) / 10}%` : null];
  return {
    zh: `${from?.name ?? relation.from}${VERB[relation.type].zh}${to?.name ?? relation.to}（${zhFigures.filter(Boolean).join('，')}）`,
    en: `${from?.nameEn ?? from?.name ?? relation.from} ${VERB[relation.type].en} ${to?.nameEn ?? to?.name ?? relation.to} (${enFigures.filter(Boolean).join(', ')})`,
  };
}

/** The hops of a path as sentences, without the rules (for paths that answer no query, e.g. gap evidence). */
export function describeHops(path: { nodes: readonly ActorRecord[]; relations: readonly RelationRecord[] }): { zh: string; en: string } {
  const names = new Map(path.nodes.map((a) => [a.id, a]));
  const hops = path.relations.map((r) => hop(r, names));
  return { zh: hops.map((h) => h.zh).join('；'), en: hops.map((h) => h.en).join('; ') };
}

export function explainPath(path: { nodes: readonly ActorRecord[]; relations: readonly RelationRecord[] }, query: ConnectionQuery): { zh: string; en: string } {
  const hops = describeHops(path);
  const end = path.nodes[path.nodes.length - 1] as ActorRecord;
  const via = query.via?.length ? query.via : null;
  const kinds = (list: readonly ActorKind[]) => list.join('/');
  const zhRules = [
    via ? `中间节点均为${via.map((k) => KIND_ZH[k]).join('或')}（经由条件）` : path.nodes.length > 2 ? '中间节点不含政府机关和政策' : '直接相连',
    DIRECTION[query.direction ?? 'FLOW']?.zh,
    `终点${end.name}（${KIND_ZH[end.kind]}${end.inDistrict ? '，区内' : '，区外'}）符合目标条件`,
  ];
  const enRules = [
    via ? `every intermediate is a ${kinds(via)} as \`via\` asks` : path.nodes.length > 2 ? 'no intermediate is a government body or a policy' : 'a direct link',
    DIRECTION[query.direction ?? 'FLOW']?.en,
    `it ends at ${end.nameEn ?? end.name} (${end.kind}, ${end.inDistrict ? 'in the district' : 'outside the district'}), which matches \`to\``,
  ];
  return { zh: `${hops.zh}。符合条件：${zhRules.join('；')}。`, en: `${hops.en}. Qualifies: ${enRules.join('; ')}.` };
}
