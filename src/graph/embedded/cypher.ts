// Every statement the embedded engine runs, in LadybugDB's Cypher dialect. Statements are
// fixed text; values always travel as parameters. Optional filters are chosen from fixed
// fragments, never built from input. `as const` keeps each statement's type a string literal
// (or a union of them), which test/hygiene/cypher-scan.test.ts checks.
import type { RelationFilter } from '../store.js';

export const SCHEMA = [
  `CREATE NODE TABLE IF NOT EXISTS Actor(
     id STRING PRIMARY KEY, kind STRING, name STRING, nameEn STRING, aliases STRING[],
     district STRING, inDistrict BOOLEAN, description STRING, metrics STRING, citations STRING,
     nameKeys STRING[], searchText STRING)`,
  // One row per normalized name: the primary-key index makes alias lookup a point read and
  // makes "no two actors share a name" a constraint of the database.
  `CREATE NODE TABLE IF NOT EXISTS ActorName(key STRING PRIMARY KEY, actorId STRING)`,
  `CREATE REL TABLE IF NOT EXISTS Rel(FROM Actor TO Actor,
     id STRING, type STRING, status STRING, description STRING, metrics STRING, citations STRING,
     basis STRING, reasoning STRING)`,
  // One row, id 'graph': the revision every write transaction bumps (analytics keys its projection by it).
  `CREATE NODE TABLE IF NOT EXISTS GraphMeta(id STRING PRIMARY KEY, revision INT64)`,
] as const;

export const BUMP_REVISION = `MERGE (m:GraphMeta {id: 'graph'})
  ON CREATE SET m.revision = 1 ON MATCH SET m.revision = m.revision + 1` as const;
export const REVISION = `MATCH (m:GraphMeta {id: 'graph'}) RETURN m.revision AS revision` as const;

export const TOPOLOGY_ACTORS = `MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind, a.inDistrict AS inDistrict, a.district AS district` as const;
export const TOPOLOGY_RELATIONS = `MATCH (s:Actor)-[r:Rel]->(t:Actor)
  RETURN r.id AS id, s.id AS from, t.id AS to, r.type AS type, r.status AS status, r.basis AS basis` as const;

const ACTOR_FIELDS = `a.id AS id, a.kind AS kind, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
  a.district AS district, a.inDistrict AS inDistrict, a.description AS description,
  a.metrics AS metrics, a.citations AS citations`;

/** Both counts in one statement, so that a health check needs one connection, not two. */
export const COUNT_ALL = `MATCH (a:Actor) WITH count(a) AS actors
  OPTIONAL MATCH ()-[r:Rel]->() RETURN actors, count(r) AS relations`;

// Point reads go through the primary-key index only when each id is matched on its own
// (UNWIND); `a.id IN $ids` scans the table (5 ms vs 0.5 ms at 10⁵ actors).
export const ACTORS_BY_IDS = `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR_FIELDS}` as const;

// The WITH makes the actor a key lookup; a second MATCH on {id: n.actorId} joins by scanning.
export const ACTOR_BY_NAME_KEY = `MATCH (n:ActorName {key: $key}) WITH n.actorId AS actorId
  MATCH (a:Actor) WHERE a.id = actorId RETURN ${ACTOR_FIELDS}` as const;

const SEARCH_RANKED = `WITH a, CASE WHEN list_contains(a.nameKeys, $text) THEN 0
    WHEN a.searchText CONTAINS $prefix THEN 1 ELSE 2 END AS rank
  RETURN ${ACTOR_FIELDS} ORDER BY rank, size(a.name), a.id LIMIT $first` as const;
export const SEARCH = `MATCH (a:Actor) WHERE a.searchText CONTAINS $text ${SEARCH_RANKED}` as const;
export const SEARCH_KINDS = `MATCH (a:Actor) WHERE a.searchText CONTAINS $text AND a.kind IN $kinds ${SEARCH_RANKED}` as const;

export const DELETE_NAMES_OF = `MATCH (n:ActorName) WHERE n.actorId IN $ids DELETE n`;
export const UPSERT_ACTORS = `UNWIND $rows AS r
  MERGE (a:Actor {id: r.id})
  SET a.kind = r.kind, a.name = r.name, a.nameEn = r.nameEn, a.aliases = r.aliases,
      a.district = r.district, a.inDistrict = r.inDistrict, a.description = r.description,
      a.metrics = r.metrics, a.citations = r.citations, a.nameKeys = r.nameKeys, a.searchText = r.searchText`;
/** Claims each name; returns the owner of every name so that a name already owned elsewhere shows. */
export const CLAIM_NAMES = `UNWIND $names AS c
  MERGE (n:ActorName {key: c.key}) ON CREATE SET n.actorId = c.actorId
  RETURN n.key AS key, n.actorId AS owner, c.actorId AS claimant`;
export const SET_NAME_LISTS = `UNWIND $rows AS r MATCH (a:Actor {id: r.id}) SET a.aliases = r.aliases, a.nameKeys = r.nameKeys` as const;
export const EXISTING_IDS = `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id` as const;
export const DELETE_RELATIONS = `MATCH ()-[r:Rel]->() WHERE r.id IN $ids DELETE r`;
export const EXISTING_RELATION_IDS = `MATCH ()-[r:Rel]->() WHERE r.id IN $ids RETURN DISTINCT r.id AS id`;
export const COUNT_RELATIONS_OF = `MATCH (s:Actor)-[r:Rel]->(t:Actor) WHERE s.id IN $ids OR t.id IN $ids RETURN count(r) AS n`;
export const DELETE_ACTORS = `MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a`;
export const CREATE_RELATIONS = `UNWIND $rows AS r
  MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
  CREATE (a)-[:Rel {id: r.id, type: r.type, status: r.status, description: r.description,
    basis: r.basis, reasoning: r.reasoning,
    metrics: r.metrics, citations: r.citations}]->(b)`;

export const ALL_ACTORS = `MATCH (a:Actor) RETURN ${ACTOR_FIELDS} ORDER BY a.id` as const;

const RELATION_FIELDS = `r.id AS id, r.type AS type, r.status AS status, s.id AS from, t.id AS to,
  r.description AS description, r.basis AS basis, r.reasoning AS reasoning, r.metrics AS metrics,
  r.citations AS citations`;

/** Relations leaving (OUT) or entering (IN) the given actors ($ids, or $id when `single`); `self` says which actor asked. */
export function relationsOf(side: 'OUT' | 'IN', filter: RelationFilter, single: boolean) {
  const self = side === 'OUT' ? 's' : 't';
  // One actor (the common case) is matched by equality, which LadybugDB answers 3–6× faster than IN.
  const ids = single ? ('= $id' as const) : ('IN $ids' as const);
  const byType = filter.types?.length ? ' AND r.type IN $types' : '';
  const byStatus = filter.statuses?.length ? ' AND r.status IN $statuses' : '';
  // Written from the asking actor's side: LadybugDB then walks from it instead of scanning
  // every relation (8 ms vs 150 ms for one actor's incoming relations at 10⁶ relations).
  const pattern = side === 'OUT' ? ('(s:Actor)-[r:Rel]->(t:Actor)' as const) : ('(t:Actor)<-[r:Rel]-(s:Actor)' as const);
  return `MATCH ${pattern} WHERE ${self}.id ${ids}${byType}${byStatus}
    RETURN ${self}.id AS self, ${RELATION_FIELDS} ORDER BY r.type, r.id` as const;
}

export const RELATIONS_BY_IDS = `MATCH (s:Actor)-[r:Rel]->(t:Actor) WHERE r.id IN $ids RETURN ${RELATION_FIELDS}` as const;

export const ALL_RELATIONS = `MATCH (s:Actor)-[r:Rel]->(t:Actor) RETURN ${RELATION_FIELDS} ORDER BY r.id` as const;

export const ALL_RELATION_IDS = `MATCH ()-[r:Rel]->() RETURN r.id AS id` as const;
/**
 * A file the engine wrote itself for COPY (see bulk-load.ts). COPY takes its file as a literal,
 * not a parameter, so this brand marks the one kind of value the hygiene scan lets into
 * statement text; only `engineFile` makes one, and only from safe characters.
 */
export type EngineFilePath = string & { readonly engineMadePath: true };

const SAFE_PATH = /^[\w./-]+$/;

export function engineFile(path: string): EngineFilePath {
  if (!SAFE_PATH.test(path)) throw new Error(`unsafe path for COPY: ${path}`);
  return path as EngineFilePath;
}

export function copyFrom(table: 'Actor' | 'ActorName' | 'Rel', path: EngineFilePath, parallel: boolean) {
  return `COPY ${table} FROM '${path}' (header=false, parallel=${parallel})` as const;
}
