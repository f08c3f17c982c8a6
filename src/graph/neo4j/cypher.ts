// The statements only the Neo4j engine runs: its schema (constraints and indexes, where
// LadybugDB has tables). Everything else is shared with the embedded engine (../cypher.ts).
// Statements are fixed text; the lint test (test/neo4j/engine-cypher.test.ts) checks each one
// with Neo4j's own parser.
import { statement, storeStatements, type Statement } from '../cypher.js';

export { ACTOR_LABEL, META_LABEL, NAME_LABEL, RELATION_TYPE } from '../cypher.js';

export const SCHEMA: readonly Statement<never>[] = [
  statement('actor id unique', `CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE` as const),
  // One node per normalized name: the constraint makes "no two actors share a name" a rule of
  // the database, also between concurrent writers on different API replicas.
  statement('name key unique', `CREATE CONSTRAINT actor_name_key IF NOT EXISTS FOR (n:ActorName) REQUIRE n.key IS UNIQUE` as const),
  statement('name owner index', `CREATE INDEX actor_name_owner IF NOT EXISTS FOR (n:ActorName) ON (n.actorId)` as const),
  statement('relation id unique', `CREATE CONSTRAINT relation_id IF NOT EXISTS FOR ()-[r:RELATED_TO]-() REQUIRE r.id IS UNIQUE` as const),
  statement('actor kind index', `CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)` as const),
  statement('actor district index', `CREATE INDEX actor_district IF NOT EXISTS FOR (a:Actor) ON (a.district)` as const),
  statement('relation type index', `CREATE INDEX relation_type_status IF NOT EXISTS FOR ()-[r:RELATED_TO]-() ON (r.type, r.status)` as const),
  // A text index answers CONTAINS, which is exactly the search contract (substring of a name key).
  statement('search text index', `CREATE TEXT INDEX actor_search_text IF NOT EXISTS FOR (a:Actor) ON (a.searchText)` as const),
  // Tokenized search over names and aliases for clients of the model API and for fuzzy lookups.
  statement(
    'names fulltext index',
    `CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.nameEn, a.searchText]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}` as const,
  ),
  statement('graph meta id unique', `CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE` as const),
  statement('await indexes', `CALL db.awaitIndexes(300)` as const),
];

// The bulk load's LOAD CSV (load-csv.ts): each line one JSON object, each row replacing by id;
// a name another actor owns fails the load (apoc.util.validate), as it fails an upsert. They call
// APOC, which the static lint below does not know: the LOAD CSV tests run them on a live server
// (test/import/bulk-load.test.ts with NEO4J_IMPORT_DIR).
export const LOAD_ACTORS = statement(
  'load csv actors',
  `LOAD CSV FROM $url AS line
  CALL { WITH line
    WITH apoc.convert.fromJsonMap(line[0]) AS r
    OPTIONAL MATCH (old:ActorName {actorId: r.id}) DELETE old
    WITH DISTINCT r
    MERGE (a:Actor {id: r.id})
    SET a.kind = r.kind, a.name = r.name, a.nameEn = r.nameEn, a.aliases = r.aliases,
        a.district = r.district, a.inDistrict = r.inDistrict, a.description = r.description,
        a.metrics = r.metrics, a.citations = r.citations, a.nameKeys = r.nameKeys, a.searchText = r.searchText
    WITH r UNWIND r.nameKeys AS key
    MERGE (n:ActorName {key: key}) ON CREATE SET n.actorId = r.id
    WITH r, key, n
    CALL apoc.util.validate(n.actorId <> r.id, 'name claimed twice: "%s" of "%s" already names "%s"', [key, r.id, n.actorId])
  } IN TRANSACTIONS OF 10000 ROWS` as const,
  ['url'],
);

export const LOAD_RELATIONS = statement(
  'load csv relations',
  `LOAD CSV FROM $url AS line
  CALL { WITH line
    WITH apoc.convert.fromJsonMap(line[0]) AS r
    OPTIONAL MATCH ()-[old:RELATED_TO {id: r.id}]->() DELETE old
    WITH DISTINCT r
    MATCH (s:Actor {id: r.from})
    MATCH (t:Actor {id: r.to})
    CREATE (s)-[:RELATED_TO {id: r.id, type: r.type, status: r.status, description: r.description,
      basis: r.basis, reasoning: r.reasoning, metrics: r.metrics, citations: r.citations}]->(t)
  } IN TRANSACTIONS OF 10000 ROWS` as const,
  ['url'],
);

/**
 * The relations of the topology read, one row per source actor with its relations as parallel
 * lists: the server sends 10⁵ rows instead of 10⁶ at M, and the driver decodes lists in a tight
 * loop instead of making a record per relation (topology.ts). Actors are named by their
 * positions in the actor stream, which this process sends as $positions (id → position): the
 * server looks each target up there instead of sending its id string for this process to decode
 * and look up (most of the read's cost here). A target missing from $positions (written after
 * the actors were read) is -1. Numbers travel as floats, which the driver decodes as JavaScript
 * numbers without an Integer object each. The relation ids are joined 16 to a string, each
 * followed by a newline (RELATION_ID_END): a few long strings decode far faster than many short
 * ones, and joining by reduce() copies the string so far at each step, which for a hub's whole
 * list would cost the server more than the decoding saves. Type, status and basis travel as one small number, type·64 + status·8 + basis, their
 * codes looked up in $typeCodes, $statusCodes and $basisCodes (-1 for a value outside the model,
 * since `collect` would skip a null and misalign the lists; a missing basis is STATED, as
 * rowToRelation reads it). Sources whose position is $part modulo $parts only, so that parts of
 * about equal work can be read concurrently; the subquery collects one actor at a time, so the
 * server holds no table of every group.
 */
export const TOPOLOGY_RELATION_GROUPS = statement(
  'topology relations grouped by source',
  `MATCH (s:Actor) WITH s, $positions[s.id] AS source WHERE source % $parts = $part
  CALL (s) {
    MATCH (s)-[r:RELATED_TO]->(t:Actor)
    RETURN collect(r.id) AS ids, collect(toFloat(coalesce($positions[t.id], -1))) AS targets,
      collect(toFloat(coalesce($typeCodes[r.type] * 64 + $statusCodes[r.status] * 8 + $basisCodes[coalesce(r.basis, 'STATED')], -1))) AS codes }
  WITH source, ids, targets, codes WHERE size(ids) > 0
  RETURN toFloat(source) AS source, [k IN range(0, size(ids) - 1, 16) | reduce(joined = '', relationId IN ids[k..k + 16] | joined + relationId + '\\n')] AS ids, targets, codes` as const,
  ['positions', 'parts', 'part', 'typeCodes', 'statusCodes', 'basisCodes'],
);

/** Every statement the engine can send, each filter variant included: what the lint test checks. */
export function allStatements(): Statement[] {
  return [...SCHEMA, ...storeStatements(), TOPOLOGY_RELATION_GROUPS];
}
