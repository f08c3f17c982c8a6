// The API's enums as the page draws them: colours per kind and relation type, and the line
// style that tells what the report states and has established from what is planned or inferred.
// The records are keyed by the generated enum types, so a value added to the schema fails the
// page's typecheck until it has a colour (and, in i18n/vocabulary-names.ts, names).
import type { ActorKind, Basis, RelationStatus, RelationType } from './__generated__/graphql.js';

export type { ActorKind, Basis, RelationStatus, RelationType };

/** Statuses the report gives for links that do not exist yet. */
export function isTentative(status: RelationStatus): boolean {
  return status !== 'ESTABLISHED';
}

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'sparse-dotted';

/** Solid for what is stated and established; dashed when only planned; dotted when inferred; both: sparse dots. */
export function lineStyle(status: RelationStatus, basis: Basis): LineStyle {
  const inferred = basis === 'INFERRED';
  if (isTentative(status)) return inferred ? 'sparse-dotted' : 'dashed';
  return inferred ? 'dotted' : 'solid';
}

/** Dash and gap lengths in pixels for the WebGL dashed layer; [0, 0] draws a solid line. */
export const DASH_PATTERNS: Record<LineStyle, readonly [dash: number, gap: number]> = {
  solid: [0, 0],
  dashed: [8, 5],
  dotted: [2, 4],
  'sparse-dotted': [2, 9],
};

// Colours chosen to stay distinguishable: kinds carry white badge text (4.5:1), relation
// colours stand out from the white canvas (3:1); test/explorer-contrast.test.ts checks both.
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

export const ACTOR_KINDS = Object.keys(KIND_COLORS) as ActorKind[];
export const RELATION_TYPES = Object.keys(RELATION_COLORS) as RelationType[];
export const RELATION_STATUSES: readonly RelationStatus[] = ['ESTABLISHED', 'PLANNED', 'INTENT', 'NEGOTIATING'];
export const BASES: readonly Basis[] = ['STATED', 'INFERRED'];

/** A colour for a value the page does not know yet (the API may grow new enum values). */
export const UNKNOWN_COLOR = '#566573';

export const kindColor = (kind: string): string => KIND_COLORS[kind as ActorKind] ?? UNKNOWN_COLOR;
export const relationColor = (type: string): string => RELATION_COLORS[type as RelationType] ?? UNKNOWN_COLOR;
