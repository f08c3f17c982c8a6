// Every statement the Neo4j engine runs, in Neo4j 5 Cypher. Statements are fixed text; values
// always travel as parameters, and each statement names the parameters it takes so that the
// store's calls are type-checked against them and the lint test (test/neo4j/cypher-lint.test.ts)
// can declare them. Optional filters are chosen from fixed fragments, never built from input.
import type { Direction } from '../model.js';

export interface Statement<P extends string = string> {
  readonly name: string;
  readonly text: string;
  readonly params: readonly P[];
}

/** The only maker of statements; the hygiene scan requires `text` to be fixed text (a literal type). */
function statement<const P extends string = never>(name: string, text: string, params: readonly P[] = []): Statement<P> {
  return { name, text, params };
}

/** The graph's vocabulary in Neo4j: what the @neo4j/graphql model (schema/model/) maps to. */
export const ACTOR_LABEL = 'Actor';
export const NAME_LABEL = 'ActorName';
export const RELATION_TYPE = 'RELATED_TO';
export const META_LABEL = 'GraphMeta';

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

const ACTOR_FIELDS = `a.id AS id, a.kind AS kind, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
  a.district AS district, a.inDistrict AS inDistrict, a.description AS description,
  a.metrics AS metrics, a.citations AS citations`;

const RELATION_FIELDS = `r.id AS id, r.type AS type, r.status AS status, s.id AS from, t.id AS to,
  r.description AS description, r.basis AS basis, r.reasoning AS reasoning, r.metrics AS metrics,
  r.citations AS citations`;

/** The one GraphMeta node holds the revision every write transaction bumps. */
export const BUMP_REVISION = statement(
  'bump revision',
  `MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.revision = 1 ON MATCH SET m.revision = m.revision + 1` as const,
);
export const REVISION = statement('revision', `MATCH (m:GraphMeta {id: 'graph'}) RETURN m.revision AS revision` as const);

export const TOPOLOGY_ACTORS = statement(
  'topology actors',
  `MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind, a.inDistrict AS inDistrict, a.district AS district` as const,
);
export const TOPOLOGY_RELATIONS = statement(
  'topology relations',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor)
  RETURN r.id AS id, s.id AS from, t.id AS to, r.type AS type, r.status AS status, r.basis AS basis` as const,
);
export const RELATIONS_BY_IDS = statement(
  'hydrate relations by ids',
  `UNWIND $ids AS id MATCH (s:Actor)-[r:RELATED_TO {id: id}]->(t:Actor) RETURN ${RELATION_FIELDS}` as const,
  ['ids'],
);

export const COUNT_ACTORS = statement('count actors', `MATCH (a:Actor) RETURN count(a) AS n` as const);
export const COUNT_RELATIONS = statement('count relations', `MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS n` as const);

export const ACTORS_BY_IDS = statement(
  'actors by ids',
  `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR_FIELDS}` as const,
  ['ids'],
);

export const ACTOR_BY_NAME_KEY = statement(
  'actor by name key',
  `MATCH (n:ActorName {key: $key}) MATCH (a:Actor {id: n.actorId}) RETURN ${ACTOR_FIELDS}` as const,
  ['key'],
);

const SEARCH_RANKED = `WITH a, CASE WHEN $text IN a.nameKeys THEN 0
    WHEN a.searchText CONTAINS $prefix THEN 1 ELSE 2 END AS rank
  RETURN ${ACTOR_FIELDS} ORDER BY rank, size(a.name), a.id LIMIT $first`;
export const SEARCH = statement(
  'search',
  `MATCH (a:Actor) WHERE a.searchText CONTAINS $text ${SEARCH_RANKED}` as const,
  ['text', 'prefix', 'first'],
);
export const SEARCH_KINDS = statement(
  'search within kinds',
  `MATCH (a:Actor) WHERE a.searchText CONTAINS $text AND a.kind IN $kinds ${SEARCH_RANKED}` as const,
  ['text', 'prefix', 'first', 'kinds'],
);

export const DELETE_NAMES_OF = statement(
  'delete names of actors',
  `MATCH (n:ActorName) WHERE n.actorId IN $ids DELETE n` as const,
  ['ids'],
);
export const UPSERT_ACTORS = statement(
  'upsert actors',
  `UNWIND $rows AS r
  MERGE (a:Actor {id: r.id})
  SET a.kind = r.kind, a.name = r.name, a.nameEn = r.nameEn, a.aliases = r.aliases,
      a.district = r.district, a.inDistrict = r.inDistrict, a.description = r.description,
      a.metrics = r.metrics, a.citations = r.citations, a.nameKeys = r.nameKeys, a.searchText = r.searchText` as const,
  ['rows'],
);
/** Claims each name; returns the owner of every name so that a name already owned elsewhere shows. */
export const CLAIM_NAMES = statement(
  'claim names',
  `UNWIND $names AS c
  MERGE (n:ActorName {key: c.key}) ON CREATE SET n.actorId = c.actorId
  RETURN n.key AS key, n.actorId AS owner, c.actorId AS claimant` as const,
  ['names'],
);
export const EXISTING_IDS = statement(
  'existing actor ids',
  `MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id` as const,
  ['ids'],
);
export const DELETE_RELATIONS = statement(
  'delete relations',
  `MATCH ()-[r:RELATED_TO]->() WHERE r.id IN $ids DELETE r` as const,
  ['ids'],
);
export const EXISTING_RELATION_IDS = statement(
  'existing relation ids',
  `MATCH ()-[r:RELATED_TO]->() WHERE r.id IN $ids RETURN DISTINCT r.id AS id` as const,
  ['ids'],
);
export const COUNT_RELATIONS_OF = statement(
  'count relations of actors',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE s.id IN $ids OR t.id IN $ids RETURN count(r) AS n` as const,
  ['ids'],
);
export const DELETE_ACTORS = statement('delete actors', `MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a` as const, ['ids']);
export const CREATE_RELATIONS = statement(
  'create relations',
  `UNWIND $rows AS r
  MATCH (s:Actor {id: r.from})
  MATCH (t:Actor {id: r.to})
  CREATE (s)-[:RELATED_TO {id: r.id, type: r.type, status: r.status, description: r.description,
    basis: r.basis, reasoning: r.reasoning,
    metrics: r.metrics, citations: r.citations}]->(t)` as const,
  ['rows'],
);

export const ALL_ACTORS = statement('all actors', `MATCH (a:Actor) RETURN ${ACTOR_FIELDS} ORDER BY a.id` as const);
export const ALL_RELATIONS = statement(
  'all relations',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) RETURN ${RELATION_FIELDS} ORDER BY r.id` as const,
);

export type RelationsParam = 'ids' | 'types' | 'statuses';

/**
 * Relations touching the given actors; `self` names the actor that asked. BOTH is the UNION of
 * the two sides, which also keeps a self-loop once.
 */
export function relationsOf(direction: Direction, withTypes: boolean, withStatuses: boolean): Statement<RelationsParam> {
  const types = withTypes ? ' AND r.type IN $types' : '';
  const statuses = withStatuses ? ' AND r.status IN $statuses' : '';
  const side = (self: 's' | 't') =>
    `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE ${self}.id IN $ids${types}${statuses}
    RETURN ${self}.id AS self, ${RELATION_FIELDS}` as const;
  const text = direction === 'OUT' ? side('s') : direction === 'IN' ? side('t') : (`${side('s')}\n    UNION\n    ${side('t')}` as const);
  const params: RelationsParam[] = ['ids'];
  if (withTypes) params.push('types');
  if (withStatuses) params.push('statuses');
  return statement(`relations ${direction}${withTypes ? ' by type' : ''}${withStatuses ? ' by status' : ''}`, text, params);
}

/** Every statement the engine can send, each filter variant included: what the lint test checks. */
export function allStatements(): Statement[] {
  const fixed = [
    BUMP_REVISION,
    REVISION,
    TOPOLOGY_ACTORS,
    TOPOLOGY_RELATIONS,
    RELATIONS_BY_IDS,
    COUNT_ACTORS,
    COUNT_RELATIONS,
    ACTORS_BY_IDS,
    ACTOR_BY_NAME_KEY,
    SEARCH,
    SEARCH_KINDS,
    DELETE_NAMES_OF,
    UPSERT_ACTORS,
    CLAIM_NAMES,
    EXISTING_IDS,
    DELETE_RELATIONS,
    EXISTING_RELATION_IDS,
    COUNT_RELATIONS_OF,
    DELETE_ACTORS,
    CREATE_RELATIONS,
    ALL_ACTORS,
    ALL_RELATIONS,
  ];
  const variants = (['OUT', 'IN', 'BOTH'] as const).flatMap((direction) =>
    [false, true].flatMap((types) => [false, true].map((statuses) => relationsOf(direction, types, statuses))),
  );
  return [...SCHEMA, ...fixed, ...variants];
}
