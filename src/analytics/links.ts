// Which relations a walk may follow, and which way: the relation types (channels by default),
// the direction (FLOW, OUT, IN, ANY), the statuses and the bases a query allows.
import { RELATION_TYPES } from '../graph/model.js';
import type { Basis, RelationType } from '../graph/model.js';
import { FLOW, type PathDirection } from './flow.js';
import { BASIS_CODE, ESTABLISHED, TYPE_CODE, type Projection } from './projection/projection.js';

export interface LinkQuery {
  /** The types to follow; none = every channel (connections) or every type (neighborhood). */
  relationTypes?: readonly RelationType[] | null;
  direction?: PathDirection | null;
  includePlanned?: boolean;
  bases?: readonly Basis[] | null;
}

export interface LinkRule {
  canStep(relation: number, fromActor: number): boolean;
  /** Whether the relation is structure (PART_OF, LOCATED_IN, MEMBER_OF, HOSTS). */
  isStructure(relation: number): boolean;
}

const STRUCTURE_CODES = new Set(RELATION_TYPES.filter((t) => FLOW[t] === 'STRUCTURE').map((t) => TYPE_CODE.get(t) as number));
const FORWARD_CODES = new Set(RELATION_TYPES.filter((t) => FLOW[t] === 'FORWARD').map((t) => TYPE_CODE.get(t) as number));

export function linkRule(projection: Projection, query: LinkQuery, defaultTypes: 'channels' | 'all'): LinkRule {
  const named = query.relationTypes?.length ? new Set(query.relationTypes.map((t) => TYPE_CODE.get(t) as number)) : null;
  const typeAllowed = (code: number) => (named ? named.has(code) : defaultTypes === 'all' || !STRUCTURE_CODES.has(code));
  const bases = query.bases?.length ? new Set(query.bases.map((b) => BASIS_CODE.get(b) as number)) : null;
  const direction = query.direction ?? 'FLOW';
  const { types, statuses, from, to } = projection.relations;
  const basisCodes = projection.relations.bases;
  const planned = query.includePlanned ?? true;
  return {
    canStep(r, actor) {
      const type = types[r] as number;
      if (!typeAllowed(type) || (!planned && statuses[r] !== ESTABLISHED) || (bases && !bases.has(basisCodes[r] as number))) return false;
      switch (direction) {
        case 'OUT':
          return from[r] === actor;
        case 'IN':
          return to[r] === actor;
        case 'ANY':
          return true;
        case 'FLOW':
          return !FORWARD_CODES.has(type) || from[r] === actor;
      }
    },
    isStructure: (r) => STRUCTURE_CODES.has(types[r] as number),
  };
}
