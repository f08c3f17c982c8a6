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
     id STRING, type STRING, status STRING, description STRING, metrics STRING, citations STRING)`,
] as const;

const ACTOR_FIELDS = `a.id AS id, a.kind AS kind, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
  a.district AS district, a.inDistrict AS inDistrict, a.description AS description,
  a.metrics AS metrics, a.citations AS citations`;

/** Both counts in one statement, so that a health check needs one connection, not two. */
export const COUNT_ALL = `MATCH (a:Actor) WITH count(a) AS actors
  OPTIONAL MATCH ()-[r:Rel]->() RETURN actors, count(r) AS relations`;

export const ACTORS_BY_IDS = `MATCH (a:Actor) WHERE a.id IN $ids RETURN ${ACTOR_FIELDS}` as const;

export const ACTOR_BY_NAME_KEY = `MATCH (n:ActorName {key: $key}) MATCH (a:Actor {id: n.actorId}) RETURN ${ACTOR_FIELDS}` as const;

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
export const EXISTING_IDS = `MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id`;
export const DELETE_RELATIONS = `MATCH ()-[r:Rel]->() WHERE r.id IN $ids DELETE r`;
export const EXISTING_RELATION_IDS = `MATCH ()-[r:Rel]->() WHERE r.id IN $ids RETURN DISTINCT r.id AS id`;
export const COUNT_RELATIONS_OF = `MATCH (s:Actor)-[r:Rel]->(t:Actor) WHERE s.id IN $ids OR t.id IN $ids RETURN count(r) AS n`;
export const DELETE_ACTORS = `MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a`;
export const CREATE_RELATIONS = `UNWIND $rows AS r
  MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
  CREATE (a)-[:Rel {id: r.id, type: r.type, status: r.status, description: r.description,
    metrics: r.metrics, citations: r.citations}]->(b)`;

export const ALL_ACTORS = `MATCH (a:Actor) RETURN ${ACTOR_FIELDS} ORDER BY a.id` as const;

const RELATION_FIELDS = `r.id AS id, r.type AS type, r.status AS status, s.id AS from, t.id AS to,
  r.description AS description, r.metrics AS metrics, r.citations AS citations`;

/** Relations leaving (OUT) or entering (IN) the given actors; `self` says which actor asked. */
export function relationsOf(side: 'OUT' | 'IN', filter: RelationFilter) {
  const self = side === 'OUT' ? 's' : 't';
  const byType = filter.types?.length ? ' AND r.type IN $types' : '';
  const byStatus = filter.statuses?.length ? ' AND r.status IN $statuses' : '';
  return `MATCH (s:Actor)-[r:Rel]->(t:Actor) WHERE ${self}.id IN $ids${byType}${byStatus}
    RETURN ${self}.id AS self, ${RELATION_FIELDS} ORDER BY r.type, r.id` as const;
}

export const ALL_RELATIONS = `MATCH (s:Actor)-[r:Rel]->(t:Actor) RETURN ${RELATION_FIELDS} ORDER BY r.id` as const;
