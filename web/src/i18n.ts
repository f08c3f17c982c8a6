// zh/en text of the page: enum names, interface strings, and an actor's label in each language.
import type { ActorKind, RelationStatus, RelationType } from './vocabulary.js';

export type Language = 'zh' | 'en';

const KIND_NAMES: Record<ActorKind, [zh: string, en: string]> = {
  UNIVERSITY: ['高校', 'University'],
  RESEARCH_INSTITUTE: ['科研院所', 'Research institute'],
  MILITARY_GROUP: ['军工集团', 'Military group'],
  FUND: ['基金', 'Fund'],
  INCUBATOR: ['孵化器', 'Incubator'],
  ENTERPRISE: ['企业', 'Enterprise'],
  TALENT_PROGRAM: ['人才计划', 'Talent programme'],
  WORKSTATION: ['工作站', 'Workstation'],
  PARK: ['园区', 'Park'],
  PLATFORM: ['平台', 'Platform'],
  ALLIANCE: ['联盟', 'Alliance'],
  GOVERNMENT: ['政府机构', 'Government'],
  POLICY: ['政策', 'Policy'],
  PROJECT: ['项目', 'Project'],
};

const RELATION_NAMES: Record<RelationType, [zh: string, en: string]> = {
  CO_FOUNDED: ['共建', 'co-founded'],
  INVESTS_IN: ['投资', 'invests in'],
  CONTRIBUTES_TO: ['出资', 'contributes to'],
  INCUBATES: ['孵化', 'incubates'],
  LOCATED_IN: ['位于', 'located in'],
  PARTNERS_WITH: ['合作', 'partners with'],
  TRANSFERS_TECHNOLOGY: ['技术转移', 'transfers technology'],
  HOSTS: ['承载', 'hosts'],
  MEMBER_OF: ['成员', 'member of'],
  SUPPORTS: ['支持', 'supports'],
  PART_OF: ['隶属', 'part of'],
  OPERATES: ['运营', 'operates'],
};

const STATUS_NAMES: Record<RelationStatus, [zh: string, en: string]> = {
  ESTABLISHED: ['已建立', 'established'],
  PLANNED: ['筹建/筹划', 'planned'],
  INTENT: ['意向', 'intent'],
  NEGOTIATING: ['洽谈中', 'negotiating'],
};

const UI = {
  title: ['海淀创新图谱', 'Haidian innovation graph'],
  searchLabel: ['查找主体', 'Find an actor'],
  searchPlaceholder: ['例如 北航、BUAA、水木', 'e.g. 北航, BUAA, 水木'],
  noMatch: ['没有找到', 'Nothing found'],
  alias: ['别名', 'alias'],
  aliases: ['别名', 'Aliases'],
  legend: ['图例与筛选', 'Legend and filters'],
  kinds: ['主体类型', 'Actor kinds'],
  relationTypes: ['关系类型', 'Relation types'],
  statuses: ['关系状态', 'Relation status'],
  tentativeNote: ['虚线 = 筹建、意向或洽谈中', 'dashed = planned, intended or negotiating'],
  details: ['详情', 'Details'],
  emptyDetails: ['搜索一个主体，或点击图中的节点。', 'Search for an actor, or click a node in the graph.'],
  names: ['名称', 'Names'],
  district: ['所在区', 'District'],
  inDistrict: ['海淀区内', 'in Haidian'],
  outDistrict: ['海淀区外', 'outside Haidian'],
  metrics: ['指标', 'Metrics'],
  relations: ['关系', 'Relations'],
  citations: ['出处', 'Sources'],
  paragraph: ['段', '§'],
  expand: ['展开邻居', 'Expand neighbours'],
  expanded: ['已展开', 'Expanded'],
  clear: ['清空画布', 'Clear graph'],
  language: ['English', '中文'],
  languageLabel: ['切换为英文标签', 'Switch labels to Chinese'],
  exportPng: ['导出 PNG', 'Export PNG'],
  exportJson: ['导出 JSON', 'Export JSON'],
  exportGexf: ['导出 GEXF', 'Export GEXF'],
  status: ['状态', 'Status'],
  loading: ['加载中…', 'Loading…'],
  nodesEdges: ['个节点，{e} 条关系', ' nodes, {e} relations'],
  error: ['出错了：', 'Error: '],
  truncated: ['（邻居过多，只显示最近的 {n} 个）', ' (too many neighbours: the nearest {n} shown)'],
  asOf: ['截至', 'as of'],
  connect: ['连接', 'Connect'],
  connectFrom: ['起点主体', 'From actor'],
  connectVia: ['经由（类型）', 'Via (kinds)'],
  connectTo: ['终点类型', 'Target kind'],
  connectDistrict: ['终点所在区', 'Target district'],
  any: ['不限', 'any'],
  maxHops: ['最多跳数', 'Max hops'],
  includePlanned: ['包含筹建/意向关系', 'Include planned or intended links'],
  findPaths: ['查找路径', 'Find paths'],
  pathsFound: ['条路径', ' paths'],
  noPaths: ['没有找到路径。', 'No path found.'],
  showAll: ['全部高亮', 'Highlight all'],
  gaps: ['缺口', 'Gaps'],
  gapType: ['缺口类型', 'Gap type'],
  showGaps: ['显示缺口', 'Show gaps'],
  severity: ['严重程度', 'Severity'],
  actors: ['涉及主体', 'Actors involved'],
  evidence: ['证据', 'Evidence'],
  reportSays: ['报告原文', 'What the report says'],
  noGaps: ['图中没有发现此类缺口。', 'The graph shows no gap of this type.'],
  indices: ['指数', 'Indices'],
  indexValue: ['指数值', 'Value'],
  eligible: ['参与计算的主体', 'Actors counted'],
  indicators: ['指标与权重', 'Indicators and weights'],
  topContributors: ['主要贡献者', 'Top contributors'],
  showOnGraph: ['在图中显示', 'Show on graph'],
  rank: ['排名', 'Rank'],
  score: ['得分', 'Score'],
  contribution: ['贡献', 'Contribution'],
  actor: ['主体', 'Actor'],
} satisfies Record<string, [string, string]>;

const GAP_NAMES: Record<string, [zh: string, en: string]> = {
  CASE_BY_CASE_COOPERATION: ['个案式合作，未形成体系', 'Case-by-case cooperation, no system'],
  NO_DOCKING_MECHANISM: ['对接机制不完善', 'No standing matching mechanism'],
  NO_BENEFIT_COORDINATION: ['利益协调机制不健全', 'No benefit-sharing mechanism'],
  POLICIES_NOT_COMBINED: ['支持政策尚未形成合力', 'Policies that do not add up'],
  BROKERAGE: ['关键中介与单点依赖', 'Brokers and single points of failure'],
};
export const GAP_TYPES = Object.keys(GAP_NAMES);

export type UiKey = keyof typeof UI;

let current: Language = 'zh';
const listeners = new Set<(language: Language) => void>();

export const language = (): Language => current;

export function setLanguage(next: Language): void {
  current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  for (const listener of listeners) listener(next);
}

export function onLanguageChange(listener: (language: Language) => void): void {
  listeners.add(listener);
}

const pick = (pair: readonly [string, string] | undefined, fallback: string): string =>
  pair ? pair[current === 'zh' ? 0 : 1] : fallback;

export const t = (key: UiKey): string => pick(UI[key], key);
export const kindName = (kind: string): string => pick(KIND_NAMES[kind as ActorKind], kind);
export const relationName = (type: string): string => pick(RELATION_NAMES[type as RelationType], type);
export const gapName = (type: string): string => pick(GAP_NAMES[type], type);
export const statusName = (status: string): string => pick(STATUS_NAMES[status as RelationStatus], status);

/** The label an actor wears in the current language: English when it has one, else its Chinese name. */
export function actorLabel(actor: { name: string; nameEn?: string | null }): string {
  return current === 'en' && actor.nameEn ? actor.nameEn : actor.name;
}
