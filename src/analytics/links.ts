// Which relations a walk may follow, and which way: the relation types (channels by default),
// the direction (FLOW, OUT, IN, ANY), the statuses and the bases a query allows. Compiled once per
// query into lookup tables by code, since the walks ask it for every relation they look at.
import { BASES, RELATION_TYPES } from '../graph/model.js';
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

const STRUCTURE = Uint8Array.from(RELATION_TYPES, (t) => (FLOW[t] === 'STRUCTURE' ? 1 : 0));
const FORWARD = Uint8Array.from(RELATION_TYPES, (t) => (FLOW[t] === 'FORWARD' ? 1 : 0));

/** Which ends a relation may be left from: bit 1 its `from` end, bit 2 its `to` end, per type code. */
const FROM_END = 1;
const TO_END = 2;

export class LinkRule {
  /** Per type code: the ends a relation of the type may be walked from (0 = not followed). */
  private readonly leaveFrom: Uint8Array;
  private readonly basisAllowed: Uint8Array;
  private readonly establishedOnly: boolean;
  private readonly types: Uint8Array;
  private readonly statuses: Uint8Array;
  private readonly bases: Uint8Array;
  private readonly from: Int32Array;

  constructor(projection: Projection, query: LinkQuery, defaultTypes: 'channels' | 'all') {
    const named = query.relationTypes?.length ? new Set(query.relationTypes.map((t) => TYPE_CODE.get(t))) : null;
    const direction = query.direction ?? 'FLOW';
    this.leaveFrom = Uint8Array.from(RELATION_TYPES, (_, code) => {
      const followed = named ? named.has(code) : defaultTypes === 'all' || STRUCTURE[code] === 0;
      if (!followed) return 0;
      if (direction === 'OUT' || (direction === 'FLOW' && FORWARD[code] === 1)) return FROM_END;
      return direction === 'IN' ? TO_END : FROM_END | TO_END;
    });
    const bases = query.bases?.length ? new Set(query.bases.map((b) => BASIS_CODE.get(b))) : null;
    this.basisAllowed = Uint8Array.from(BASES, (_, code) => (!bases || bases.has(code) ? 1 : 0));
    this.establishedOnly = !(query.includePlanned ?? true);
    ({ types: this.types, statuses: this.statuses, bases: this.bases, from: this.from } = projection.relations);
  }

  /** Whether a walk standing on `actor` (one end of `relation`) may follow it to the other end. */
  canStep(relation: number, actor: number): boolean {
    const ends = this.leaveFrom[this.types[relation] as number] as number;
    if (ends === 0 || this.basisAllowed[this.bases[relation] as number] === 0) return false;
    if (this.establishedOnly && this.statuses[relation] !== ESTABLISHED) return false;
    return (ends & (this.from[relation] === actor ? FROM_END : TO_END)) !== 0;
  }

  /** Whether the relation is structure (PART_OF, LOCATED_IN, MEMBER_OF, HOSTS). */
  isStructure(relation: number): boolean {
    return STRUCTURE[this.types[relation] as number] === 1;
  }
}

export function linkRule(projection: Projection, query: LinkQuery, defaultTypes: 'channels' | 'all'): LinkRule {
  return new LinkRule(projection, query, defaultTypes);
}
