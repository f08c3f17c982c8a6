// A gap's evidence is a channel path found by the connections analysis on the projection, never
// a detour through a government body or a policy (hubs that connect everything and explain
// nothing); its records are read with the rest of a detector's (pathParts, then pathRecords).
import { ACTOR_KINDS, type ActorKind, type ActorRecord, type RelationRecord } from '../../graph/model.js';
import { findConnections, type ConnectionQuery, type ConnectionTarget, type FoundPath, type ProjectedPath } from '../connections.js';
import { HUB_KINDS } from '../flow.js';
import type { GraphView } from '../graph-view.js';

/** Who may stand between the two ends of an evidence path: every kind but the hubs and the programmes. */
export const EVIDENCE_INTERMEDIATES: readonly ActorKind[] = ACTOR_KINDS.filter((kind) => !HUB_KINDS.has(kind) && kind !== 'TALENT_PROGRAM');

export interface EvidenceQuery {
  from: string;
  to: ConnectionTarget;
  /** Kinds allowed between the ends (default: all but government bodies, policies and programmes). */
  via?: readonly ActorKind[];
  maxHops: number;
  establishedOnly?: boolean;
}

/** The shortest channel path for the query, a direct relation first; undefined when none. */
export function evidencePath(view: GraphView, query: EvidenceQuery): ProjectedPath | undefined {
  const base = { from: query.from, to: query.to, includePlanned: !query.establishedOnly, first: 1 };
  const direct = channelPath(view, { ...base, maxHops: 1 });
  if (direct && !query.via) return direct;
  if (query.maxHops < 2) return undefined;
  return channelPath(view, { ...base, via: query.via ?? EVIDENCE_INTERMEDIATES, maxHops: query.maxHops });
}

/** The first path of the connections walk on the projection. */
function channelPath(view: GraphView, query: ConnectionQuery): ProjectedPath | undefined {
  return findConnections(view.projection, query)[0];
}

/** The actors and relations of paths, to read before `pathRecords`. */
export function pathParts(paths: readonly (ProjectedPath | undefined)[]): { actors: number[]; relations: number[] } {
  const found = paths.filter((p): p is ProjectedPath => p !== undefined);
  return { actors: found.flatMap((p) => p.actors), relations: found.flatMap((p) => p.relations) };
}

/** A path as records (read before); undefined when one was deleted since the projection. */
export function pathRecords(view: GraphView, path: ProjectedPath | undefined): FoundPath | undefined {
  if (!path) return undefined;
  const nodes = path.actors.map((a) => view.actor(a));
  const relations = path.relations.map((r) => view.relation(r));
  if (nodes.some((n) => !n) || relations.some((r) => !r)) return undefined;
  return { nodes: nodes as ActorRecord[], relations: relations as RelationRecord[] };
}
