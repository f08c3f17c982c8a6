// A gap's evidence is a channel path found by the connections analysis, never a detour through
// a government body or a policy (hubs that connect everything and explain nothing). The one
// call site of findConnections for the gaps: switch it here when the channel walk changes.
import type { ActorKind, ActorRecord, RelationRecord } from '../../graph/model.js';
import { findConnections, type ConnectionQuery, type ConnectionTarget, type FoundPath } from '../connections.js';
import { projectionOfRecords } from '../projection/build.js';
import type { GraphSnapshot } from '../snapshot.js';

/** Who may stand between the two ends of an evidence path. */
export const EVIDENCE_INTERMEDIATES: readonly ActorKind[] = [
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'MILITARY_GROUP',
  'FUND',
  'INCUBATOR',
  'ENTERPRISE',
  'WORKSTATION',
  'PARK',
  'PLATFORM',
  'ALLIANCE',
  'PROJECT',
];

export interface EvidenceQuery {
  from: string;
  to: ConnectionTarget;
  /** Kinds allowed between the ends (default: all but government bodies, policies and programmes). */
  via?: readonly ActorKind[];
  maxHops: number;
  establishedOnly?: boolean;
}

/** The shortest channel path for the query, a direct relation first; undefined when none. */
export function evidencePath(snapshot: GraphSnapshot, query: EvidenceQuery): FoundPath | undefined {
  const base = { from: query.from, to: query.to, includePlanned: !query.establishedOnly, first: 1 };
  const direct = channelPath(snapshot, { ...base, maxHops: 1 });
  if (direct && !query.via) return direct;
  if (query.maxHops < 2) return undefined;
  return channelPath(snapshot, { ...base, via: query.via ?? EVIDENCE_INTERMEDIATES, maxHops: query.maxHops });
}

/** The first path of the connections walk on the snapshot's own projection, as records. */
function channelPath(snapshot: GraphSnapshot, query: ConnectionQuery): FoundPath | undefined {
  const projection = snapshot.memo('projection', () => projectionOfRecords({ actors: snapshot.actors(), relations: snapshot.relations() }));
  const relationsById = snapshot.memo('relations-by-id', () => new Map(snapshot.relations().map((r) => [r.id, r])));
  const [path] = findConnections(projection, query);
  if (!path) return undefined;
  return {
    nodes: path.actors.map((a) => snapshot.actor(projection.id(a)) as ActorRecord),
    relations: path.relations.map((r) => relationsById.get(projection.relationId(r)) as RelationRecord),
  };
}
