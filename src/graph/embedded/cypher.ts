// Every statement the embedded engine runs, in LadybugDB's Cypher dialect. Statements are
// fixed text; values always travel as parameters. Optional filters are chosen from fixed
// fragments, never built from input.
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
     id STRING, type STRING, status STRING, description STRING, metrics STRING, citations STRING)`,
];

const ACTOR_FIELDS = `a.id AS id, a.kind AS kind, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
  a.district AS district, a.inDistrict AS inDistrict, a.description AS description,
  a.metrics AS metrics, a.citations AS citations`;

export const COUNT_ACTORS = `MATCH (a:Actor) RETURN count(a) AS n`;
export const COUNT_RELATIONS = `MATCH ()-[r:Rel]->() RETURN count(r) AS n`;

// Point reads go through the primary-key index only when each id is matched on its own
// (UNWIND); `a.id IN $ids` scans the table (5 ms vs 0.5 ms at 10⁵ actors).
export const ACTORS_BY_IDS = `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR_FIELDS}`;

// The WITH makes the actor a key lookup; a second MATCH on {id: n.actorId} joins by scanning.
export const ACTOR_BY_NAME_KEY = `MATCH (n:ActorName {key: $key}) WITH n.actorId AS actorId
  MATCH (a:Actor) WHERE a.id = actorId RETURN ${ACTOR_FIELDS}`;

const SEARCH_RANKED = `WITH a, CASE WHEN list_contains(a.nameKeys, $text) THEN 0
    WHEN a.searchText CONTAINS $prefix THEN 1 ELSE 2 END AS rank
  RETURN ${ACTOR_FIELDS} ORDER BY rank, size(a.name), a.id LIMIT $first`;
export const SEARCH = `MATCH (a:Actor) WHERE a.searchText CONTAINS $text ${SEARCH_RANKED}`;
export const SEARCH_KINDS = `MATCH (a:Actor) WHERE a.searchText CONTAINS $text AND a.kind IN $kinds ${SEARCH_RANKED}`;

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
export const SET_NAME_LISTS = `UNWIND $rows AS r MATCH (a:Actor {id: r.id}) SET a.aliases = r.aliases, a.nameKeys = r.nameKeys`;
export const EXISTING_IDS = `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id`;
export const DELETE_RELATIONS = `MATCH ()-[r:Rel]->() WHERE r.id IN $ids DELETE r`;
export const CREATE_RELATIONS = `UNWIND $rows AS r
  MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
  CREATE (a)-[:Rel {id: r.id, type: r.type, status: r.status, description: r.description,
    metrics: r.metrics, citations: r.citations}]->(b)`;

export const ALL_ACTORS = `MATCH (a:Actor) RETURN ${ACTOR_FIELDS} ORDER BY a.id`;

const RELATION_FIELDS = `r.id AS id, r.type AS type, r.status AS status, s.id AS from, t.id AS to,
  r.description AS description, r.metrics AS metrics, r.citations AS citations`;

/** Relations leaving (OUT) or entering (IN) the given actors ($ids, or $id when `single`); `self` says which actor asked. */
export function relationsOf(side: 'OUT' | 'IN', filter: RelationFilter, single: boolean): string {
  const self = side === 'OUT' ? 's' : 't';
  // One actor (the common case) is matched by equality, which LadybugDB answers 3–6× faster than IN.
  const where = [single ? `${self}.id = $id` : `${self}.id IN $ids`];
  if (filter.types?.length) where.push('r.type IN $types');
  if (filter.statuses?.length) where.push('r.status IN $statuses');
  // Written from the asking actor's side: LadybugDB then walks from it instead of scanning
  // every relation (8 ms vs 150 ms for one actor's incoming relations at 10⁶ relations).
  const pattern = side === 'OUT' ? '(s:Actor)-[r:Rel]->(t:Actor)' : '(t:Actor)<-[r:Rel]-(s:Actor)';
  return `MATCH ${pattern} WHERE ${where.join(' AND ')}
    RETURN ${self}.id AS self, ${RELATION_FIELDS} ORDER BY r.type, r.id`;
}

export const ALL_RELATIONS = `MATCH (s:Actor)-[r:Rel]->(t:Actor) RETURN ${RELATION_FIELDS} ORDER BY r.id`;

export const ALL_RELATION_IDS = `MATCH ()-[r:Rel]->() RETURN r.id AS id`;

/**
 * COPY takes its file as a literal, not a parameter; the path is one the engine made itself
 * (a temporary directory), quoted all the same.
 */
export function copyFrom(table: 'Actor' | 'ActorName' | 'Rel', path: string, parallel: boolean): string {
  const literal = `'${path.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  return `COPY ${table} FROM ${literal} (header=false, parallel=${parallel})`;
}
