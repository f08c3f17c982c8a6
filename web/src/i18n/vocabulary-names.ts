// The API's enum values as a reader names them, in both languages. Records are keyed by the
// generated enum types, so a value added to the schema fails the page's typecheck until named.
import type { ActorKind, GapType, PathDirection, RelationStatus, RelationType } from '../__generated__/graphql.js';
import type { Basis } from '../vocabulary.js';
import { language, pick, type Bilingual } from './language.js';

const KIND_NAMES: Record<ActorKind, readonly [zh: string, en: string, enPlural: string]> = {
  UNIVERSITY: ['高校', 'University', 'universities'],
  RESEARCH_INSTITUTE: ['科研院所', 'Research institute', 'research institutes'],
  MILITARY_GROUP: ['军工集团', 'Military group', 'military groups'],
  FUND: ['基金', 'Fund', 'funds'],
  INCUBATOR: ['孵化器', 'Incubator', 'incubators'],
  ENTERPRISE: ['企业', 'Enterprise', 'enterprises'],
  TALENT_PROGRAM: ['人才计划', 'Talent programme', 'talent programmes'],
  WORKSTATION: ['工作站', 'Workstation', 'workstations'],
  PARK: ['园区', 'Park', 'parks'],
  PLATFORM: ['平台', 'Platform', 'platforms'],
  ALLIANCE: ['联盟', 'Alliance', 'alliances'],
  GOVERNMENT: ['政府机构', 'Government body', 'government bodies'],
  POLICY: ['政策', 'Policy', 'policies'],
  PROJECT: ['项目', 'Project', 'projects'],
};

const RELATION_NAMES: Record<RelationType, Bilingual> = {
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

const STATUS_NAMES: Record<RelationStatus, Bilingual> = {
  ESTABLISHED: ['已建立', 'established'],
  PLANNED: ['筹建/筹划', 'planned'],
  INTENT: ['意向', 'intended'],
  NEGOTIATING: ['洽谈中', 'under negotiation'],
};

const BASIS_NAMES: Record<Basis, Bilingual> = {
  STATED: ['报告明言', 'stated'],
  INFERRED: ['推断', 'inferred'],
};

const DIRECTION_NAMES: Record<PathDirection, Bilingual> = {
  FLOW: ['顺着资金、技术与支持的流向', 'the way money, technology and support flow'],
  ANY: ['不限方向（任何关联）', 'either way (any tie)'],
  OUT: ['沿关系方向', 'along each relation'],
  IN: ['逆关系方向', 'against each relation'],
};

const GAP_NAMES: Record<GapType, Bilingual> = {
  CASE_BY_CASE_COOPERATION: ['个案式合作，未形成体系', 'Case-by-case cooperation, no system'],
  NO_DOCKING_MECHANISM: ['对接机制不完善', 'No standing matching mechanism'],
  NO_BENEFIT_COORDINATION: ['利益协调机制不健全', 'No benefit-sharing mechanism'],
  POLICIES_NOT_COMBINED: ['支持政策尚未形成合力', 'Policies that do not add up'],
  BROKERAGE: ['关键中介与单点依赖', 'Brokers and single points of failure'],
};
export const GAP_TYPES = Object.keys(GAP_NAMES) as GapType[];

/** A name for a value the page does not know yet (the API may grow new enum values): the value itself. */
const named = <K extends string>(names: Record<K, Bilingual>, value: string): string =>
  value in names ? pick(names[value as K]) : value;

export function kindName(kind: string): string {
  const names = KIND_NAMES[kind as ActorKind];
  return names ? pick([names[0], names[1]]) : kind;
}
/** The kind as a counted plural: 2 个基金 / 2 funds. */
export function kindPlural(kind: string): string {
  const names = KIND_NAMES[kind as ActorKind];
  if (!names) return kind;
  return language() === 'zh' ? names[0] : names[2];
}
export const relationName = (type: string): string => named(RELATION_NAMES, type);
export const statusName = (status: string): string => named(STATUS_NAMES, status);
export const basisName = (basis: string): string => named(BASIS_NAMES, basis);
export const gapName = (type: string): string => named(GAP_NAMES, type);
export const directionName = (direction: string): string => named(DIRECTION_NAMES, direction);
