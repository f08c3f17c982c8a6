// The three indices the report plans (§40), each a weighted set of per-actor indicators counted
// from the established graph. docs/indices.md explains the choices; change them there and here.
import type { ActorKind, ActorRecord, Citation, RelationRecord } from '../../graph/model.js';
import { brokerageMeasures } from '../gaps/brokerage.js';
import { metric } from '../gaps/gap.js';
import { nearestTargets } from '../nearest.js';
import type { GraphSnapshot } from '../snapshot.js';

export interface Indicator {
  name: string;
  description: string;
  weight: number;
  /** Builds the per-actor counter once per snapshot (some indicators need a whole-graph pass). */
  measure(snapshot: GraphSnapshot): (actor: ActorRecord) => number;
}

export interface IndexDefinition {
  id: string;
  name: string;
  nameEn: string;
  eligible: ReadonlySet<ActorKind>;
  indicators: readonly Indicator[];
  citation: Citation;
}

const plan = (quote: string): Citation => ({ document: 'haidian-2014', paragraph: 40, quote });

const established = (snapshot: GraphSnapshot, actor: ActorRecord, keep: (r: RelationRecord) => boolean) =>
  snapshot.relationsOf(actor.id).filter((r) => r.status === 'ESTABLISHED' && keep(r));

/** What an aggregate stands for: its `count` metric, else one. */
const weightOf = (snapshot: GraphSnapshot, id: string) => metric(snapshot.actor(id) as ActorRecord, 'count') ?? 1;

export const INNOVATION: IndexDefinition = {
  id: 'index-innovation',
  name: '创新指数',
  nameEn: 'Innovation index',
  eligible: new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE', 'WORKSTATION', 'PLATFORM']),
  citation: plan('创新指数'),
  indicators: [
    {
      name: 'vehiclesAndTransfers',
      description: 'Established CO_FOUNDED and TRANSFERS_TECHNOLOGY relations the actor starts: bodies it helped found, results it passed on.',
      weight: 0.4,
      measure: (s) => (a) => established(s, a, (r) => r.from === a.id && (r.type === 'CO_FOUNDED' || r.type === 'TRANSFERS_TECHNOLOGY')).length,
    },
    {
      name: 'collaborators',
      description: 'Distinct actors tied to it by an established relation, either direction.',
      weight: 0.3,
      measure: (s) => (a) => new Set(established(s, a, () => true).map((r) => (r.from === a.id ? r.to : r.from))).size,
    },
    {
      name: 'brokerage',
      description: 'Betweenness centrality in the established graph (degree centrality above 2000 actors).',
      weight: 0.3,
      measure: (s) => {
        const { centrality } = brokerageMeasures(s);
        return (a) => centrality[a.id] ?? 0;
      },
    },
  ],
};

export const STARTUP_SERVICE: IndexDefinition = {
  id: 'index-startup-service',
  name: '创业服务指数',
  nameEn: 'Start-up service index',
  eligible: new Set(['INCUBATOR', 'PARK', 'PLATFORM', 'FUND']),
  citation: plan('创业服务指数'),
  indicators: [
    {
      name: 'incubated',
      description: 'Start-ups incubated: established INCUBATES relations, each counting its target\'s `count` (an aggregate) or 1.',
      weight: 0.4,
      measure: (s) => (a) => established(s, a, (r) => r.from === a.id && r.type === 'INCUBATES').reduce((sum, r) => sum + weightOf(s, r.to), 0),
    },
    {
      name: 'financed',
      description: 'Projects financed: established INVESTS_IN relations, each counting its `projectCount`, else the target\'s `count`, else 1.',
      weight: 0.4,
      measure: (s) => (a) =>
        established(s, a, (r) => r.from === a.id && r.type === 'INVESTS_IN').reduce((sum, r) => sum + (metric(r, 'projectCount') ?? weightOf(s, r.to)), 0),
    },
    {
      name: 'hosted',
      description: 'Actors located in it: established LOCATED_IN relations pointing at it.',
      weight: 0.2,
      measure: (s) => (a) => established(s, a, (r) => r.to === a.id && r.type === 'LOCATED_IN').length,
    },
  ],
};

export const TECHNOLOGY_TRANSFER: IndexDefinition = {
  id: 'index-technology-transfer',
  name: '技术转移指数',
  nameEn: 'Technology transfer index',
  eligible: new Set(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'MILITARY_GROUP', 'PLATFORM', 'FUND']),
  citation: plan('技术转移指数'),
  indicators: [
    {
      name: 'transfers',
      description: 'Established TRANSFERS_TECHNOLOGY relations touching the actor, either direction.',
      weight: 0.4,
      measure: (s) => (a) => established(s, a, (r) => r.type === 'TRANSFERS_TECHNOLOGY').length,
    },
    {
      name: 'localInvestment',
      description: 'District projects financed: established INVESTS_IN relations to in-district targets, counted as for `financed`.',
      weight: 0.3,
      measure: (s) => (a) =>
        established(s, a, (r) => r.from === a.id && r.type === 'INVESTS_IN' && (s.actor(r.to)?.inDistrict ?? false)).reduce(
          (sum, r) => sum + (metric(r, 'projectCount') ?? weightOf(s, r.to)),
          0,
        ),
    },
    {
      name: 'districtReach',
      description: 'Whether a district enterprise is within 2 established hops: 1 at 1 hop, 0.5 at 2 hops, else 0.',
      weight: 0.3,
      measure: (s) => {
        const near = nearestTargets(s, (a) => a.kind === 'ENTERPRISE' && a.inDistrict, (r) => r.status === 'ESTABLISHED', 2);
        return (a) => {
          const hops = near.hops(a.id);
          return hops === undefined || hops === 0 ? 0 : 1 / hops;
        };
      },
    },
  ],
};

export const INDEX_DEFINITIONS: readonly IndexDefinition[] = [INNOVATION, STARTUP_SERVICE, TECHNOLOGY_TRANSFER];
