// The API's enums as the page knows them, with their colours and their zh/en names.
export const ACTOR_KINDS = [
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'MILITARY_GROUP',
  'FUND',
  'INCUBATOR',
  'ENTERPRISE',
  'TALENT_PROGRAM',
  'WORKSTATION',
  'PARK',
  'PLATFORM',
  'ALLIANCE',
  'GOVERNMENT',
  'POLICY',
  'PROJECT',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_TYPES = [
  'CO_FOUNDED',
  'INVESTS_IN',
  'CONTRIBUTES_TO',
  'INCUBATES',
  'LOCATED_IN',
  'PARTNERS_WITH',
  'TRANSFERS_TECHNOLOGY',
  'HOSTS',
  'MEMBER_OF',
  'SUPPORTS',
  'PART_OF',
  'OPERATES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_STATUSES = ['ESTABLISHED', 'PLANNED', 'INTENT', 'NEGOTIATING'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** Statuses the report gives for links that do not exist yet: drawn dashed. */
export function isTentative(status: RelationStatus): boolean {
  return status !== 'ESTABLISHED';
}

// Colours chosen to stay distinguishable and to hold at least 3:1 against the white canvas.
export const KIND_COLORS: Record<ActorKind, string> = {
  UNIVERSITY: '#1f5fbf',
  RESEARCH_INSTITUTE: '#6a3d9a',
  MILITARY_GROUP: '#4d5b2a',
  FUND: '#c0392b',
  INCUBATOR: '#b84a00',
  ENTERPRISE: '#1e8449',
  TALENT_PROGRAM: '#b03a7a',
  WORKSTATION: '#7d5a3c',
  PARK: '#0f7a7d',
  PLATFORM: '#2e4053',
  ALLIANCE: '#8e6c00',
  GOVERNMENT: '#5b2c6f',
  POLICY: '#616a6b',
  PROJECT: '#a04000',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  CO_FOUNDED: '#1f5fbf',
  INVESTS_IN: '#c0392b',
  CONTRIBUTES_TO: '#d35400',
  INCUBATES: '#1e8449',
  LOCATED_IN: '#7f8c8d',
  PARTNERS_WITH: '#6a3d9a',
  TRANSFERS_TECHNOLOGY: '#b03a7a',
  HOSTS: '#138d90',
  MEMBER_OF: '#8e6c00',
  SUPPORTS: '#2e4053',
  PART_OF: '#7d5a3c',
  OPERATES: '#0e6655',
};

/** A colour for a value the page does not know yet (the API may grow new enum values). */
export const UNKNOWN_COLOR = '#566573';
