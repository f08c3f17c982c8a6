// The statements only the embedded engine runs, in LadybugDB's dialect: its schema (tables, not
// constraints), the migration of databases made by earlier versions, and COPY for bulk loads.
// Everything else is shared with Neo4j (../cypher.ts).
import { RELATION_FIELDS, statement } from '../cypher.js';

export const SCHEMA = [
  statement(
    'actor table',
    `CREATE NODE TABLE IF NOT EXISTS Actor(
     id STRING PRIMARY KEY, kind STRING, name STRING, nameEn STRING, aliases STRING[],
     district STRING, inDistrict BOOLEAN, description STRING, metrics STRING, citations STRING,
     nameKeys STRING[], searchText STRING)` as const,
  ),
  // One row per normalized name: the primary-key index makes alias lookup a point read and
  // makes "no two actors share a name" a constraint of the database.
  statement('name table', `CREATE NODE TABLE IF NOT EXISTS ActorName(key STRING PRIMARY KEY, actorId STRING)` as const),
  statement(
    'relation table',
    `CREATE REL TABLE IF NOT EXISTS RELATED_TO(FROM Actor TO Actor,
     id STRING, type STRING, status STRING, description STRING, metrics STRING, citations STRING,
     basis STRING, reasoning STRING)` as const,
  ),
  // Each citation once, by a key made from its content (../citation-refs.ts): actors, relations and
  // their metrics hold keys, not the citations' JSON, which made COPY a third slower at 10⁶ relations.
  statement(
    'citation table',
    `CREATE NODE TABLE IF NOT EXISTS Citation(key STRING PRIMARY KEY, document STRING, paragraph INT64, quote STRING)` as const,
  ),
  // One row, id 'graph': the revision every write transaction bumps (analytics keys its projection by it).
  statement('graph meta table', `CREATE NODE TABLE IF NOT EXISTS GraphMeta(id STRING PRIMARY KEY, revision INT64)` as const),
] as const;

export const CITATIONS_BY_KEYS = statement(
  'citations by keys',
  `UNWIND $keys AS k MATCH (c:Citation {key: k}) RETURN c.key AS key, c.document AS document, c.paragraph AS paragraph, c.quote AS quote` as const,
  ['keys'],
);
// Relation hydration (embedded-store.ts): relations by id, read from their source (or target)
// actors, given by internal offset, in one statement for a whole answer. The hint makes LadybugDB
// filter those actors first and walk only their relations; planned on its own it scans every
// relation (about 1 s at M). Offsets rather than keys: `s.id IN $keys` compares each actor's key
// with every key of the list (260 ms for 200 keys at M), offsets are integers (about 20 ms).
export const RELATIONS_OF_SOURCES_AT = statement(
  'hydrate relations of sources at offsets',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE offset(id(s)) IN $offsets AND r.id IN $ids
  HINT (s JOIN r) JOIN t RETURN ${RELATION_FIELDS}` as const,
  ['offsets', 'ids'],
);
export const RELATIONS_OF_TARGETS_AT = statement(
  'hydrate relations of targets at offsets',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE offset(id(t)) IN $offsets AND r.id IN $ids
  HINT (t JOIN r) JOIN s RETURN ${RELATION_FIELDS}` as const,
  ['offsets', 'ids'],
);
/** Every actor's internal offset: what the statements above take. */
export const ACTOR_OFFSETS = statement('actor offsets', `MATCH (a:Actor) RETURN a.id AS id, offset(id(a)) AS offset` as const);

export const MERGE_CITATIONS = statement(
  'merge citations',
  `UNWIND $rows AS r MERGE (c:Citation {key: r.key}) ON CREATE SET c.document = r.document, c.paragraph = r.paragraph, c.quote = r.quote` as const,
  ['rows'],
);

// Databases written before version 0.2 keep relations in a table named Rel, some without the
// basis and reasoning columns. migrate.ts moves them into RELATED_TO, the label Neo4j uses too.
export const TABLES = statement('tables', `CALL show_tables() RETURN name` as const);
export const OLD_RELATION_COLUMNS = statement('old relation columns', `CALL table_info('Rel') RETURN name` as const);
export const ADD_OLD_BASIS = statement('add basis to old relations', `ALTER TABLE Rel ADD basis STRING` as const);
export const ADD_OLD_REASONING = statement('add reasoning to old relations', `ALTER TABLE Rel ADD reasoning STRING` as const);
export const MOVE_OLD_RELATIONS = statement(
  'move old relations',
  `MATCH (s:Actor)-[r:Rel]->(t:Actor)
  CREATE (s)-[:RELATED_TO {id: r.id, type: r.type, status: r.status, description: r.description,
    basis: coalesce(r.basis, 'STATED'), reasoning: r.reasoning, metrics: r.metrics, citations: r.citations}]->(t)` as const,
);
export const DROP_OLD_RELATIONS = statement('drop old relations', `DROP TABLE Rel` as const);

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

export function copyFrom(table: 'Actor' | 'ActorName' | 'RELATED_TO', path: EngineFilePath, parallel: boolean) {
  return statement(`copy into ${table}`, `COPY ${table} FROM '${path}' (header=false, parallel=${parallel})` as const);
}

// Citations no write refers to any more are removed in the write that dropped the last reference
// (../citation-garbage.ts): the references an item held before it is replaced or deleted …
export const CITATION_REFS_OF_ACTORS = statement(
  'citation references of actors',
  `MATCH (a:Actor) WHERE a.id IN $ids RETURN a.citations AS citations, a.metrics AS metrics` as const,
  ['ids'],
);
export const CITATION_REFS_OF_RELATIONS = statement(
  'citation references of relations',
  `MATCH ()-[r:RELATED_TO]->() WHERE r.id IN $ids RETURN r.citations AS citations, r.metrics AS metrics` as const,
  ['ids'],
);
export const CITATION_REFS_TOUCHING_ACTORS = statement(
  'citation references of relations touching actors',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE s.id IN $ids OR t.id IN $ids RETURN r.citations AS citations, r.metrics AS metrics` as const,
  ['ids'],
);
// … whether anything still refers to one (keys are 11 random-looking characters: a false hit only keeps a row) …
export const CITATION_USED_BY_ACTOR = statement(
  'citation used by an actor',
  `MATCH (a:Actor) WHERE a.citations CONTAINS $key OR a.metrics CONTAINS $key RETURN a.id AS id LIMIT 1` as const,
  ['key'],
);
export const CITATION_USED_BY_RELATION = statement(
  'citation used by a relation',
  `MATCH ()-[r:RELATED_TO]->() WHERE r.citations CONTAINS $key OR r.metrics CONTAINS $key RETURN r.id AS id LIMIT 1` as const,
  ['key'],
);
// … every reference, when many citations may have been dropped …
export const ALL_ACTOR_CITATION_REFS = statement('all actor citation references', `MATCH (a:Actor) RETURN a.citations AS citations, a.metrics AS metrics` as const);
export const ALL_RELATION_CITATION_REFS = statement(
  'all relation citation references',
  `MATCH ()-[r:RELATED_TO]->() RETURN r.citations AS citations, r.metrics AS metrics` as const,
);
// … and the removal.
export const DELETE_CITATIONS = statement('delete citations', `MATCH (c:Citation) WHERE c.key IN $keys DELETE c` as const, ['keys']);
// The topology export (topology-export.ts): every column a number but the id, which is last on
// its line, so the files are parsed without a CSV parser. Enumerations leave as their position in
// the lists passed as parameters (1-based; 0 when the value is not in the list).
export const TOPOLOGY_DISTRICTS = statement(
  'topology districts',
  `MATCH (a:Actor) WHERE a.district IS NOT NULL RETURN DISTINCT a.district AS district` as const,
);

export function exportTopologyActors(path: EngineFilePath) {
  return statement(
    'export topology actors',
    `COPY (MATCH (a:Actor) RETURN offset(id(a)), list_position($kinds, a.kind), CASE WHEN a.inDistrict THEN 1 ELSE 0 END,
      coalesce(list_position($districts, a.district), 0), a.id) TO '${path}' (header=false)` as const,
    ['kinds', 'districts'],
  );
}

export function exportTopologyRelations(path: EngineFilePath) {
  return statement(
    'export topology relations',
    `COPY (MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) RETURN offset(id(s)), offset(id(t)), list_position($types, r.type),
      list_position($statuses, r.status), list_position($bases, coalesce(r.basis, 'STATED')), r.id) TO '${path}' (header=false)` as const,
    ['types', 'statuses', 'bases'],
  );
}
