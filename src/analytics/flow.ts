// Which way each relation type carries what moves between actors (money, know-how, support,
// incubation), and which types are structure rather than channels. docs/analytics.md, "Channels".
import type { ActorKind, RelationType } from '../graph/model.js';

/**
 * FORWARD: from → to is the way things move (a fund INVESTS_IN a firm: money goes to the firm).
 * BOTH: a symmetric tie (partners). STRUCTURE: containment or place, not a channel; walked only
 * when a query names the type, then either way.
 */
export type Flow = 'FORWARD' | 'BOTH' | 'STRUCTURE';

export const FLOW: Record<RelationType, Flow> = {
  CO_FOUNDED: 'FORWARD', // a founder → the body or fund it co-founded
  CONTRIBUTES_TO: 'FORWARD', // a contributor → the fund it pays into
  INVESTS_IN: 'FORWARD', // a fund → what it invests in
  INCUBATES: 'FORWARD', // an incubator → what it incubates
  TRANSFERS_TECHNOLOGY: 'FORWARD', // the source → the receiver of a technology transfer
  SUPPORTS: 'FORWARD', // a body or policy → what it supports
  OPERATES: 'FORWARD', // an operator → the park, programme or instrument it runs
  PARTNERS_WITH: 'BOTH',
  PART_OF: 'STRUCTURE',
  LOCATED_IN: 'STRUCTURE',
  MEMBER_OF: 'STRUCTURE',
  HOSTS: 'STRUCTURE',
};

/** Kinds that are never intermediates of a path unless `via` names them: they touch almost everything. */
export const HUB_KINDS: ReadonlySet<ActorKind> = new Set(['GOVERNMENT', 'POLICY']);

export const PATH_DIRECTIONS = ['FLOW', 'OUT', 'IN', 'ANY'] as const;
export type PathDirection = (typeof PATH_DIRECTIONS)[number];
