// Every statement the store runs, in the Cypher both engines (LadybugDB and Neo4j 5) accept.
// Statements are fixed text; values always travel as parameters, and each statement names the
// parameters it takes so that the store's calls are type-checked against them and the Neo4j
// lint test (test/neo4j/engine-cypher.test.ts) can declare them. Optional filters are chosen
// from fixed fragments, never built from input. What the dialects do differently (schema,
// bulk load) lives in each engine's own cypher.ts.

export interface Statement<P extends string = string> {
  readonly name: string;
  readonly text: string;
  readonly params: readonly P[];
}

/** The only maker of statements; the hygiene scan requires `text` to be fixed text (a literal type). */
export function statement<const P extends string = never>(name: string, text: string, params: readonly P[] = []): Statement<P> {
  return { name, text, params };
}

/** The graph's vocabulary: what the @neo4j/graphql model (schema/model/) maps to. */
export const ACTOR_LABEL = 'Actor';
export const NAME_LABEL = 'ActorName';
export const RELATION_TYPE = 'RELATED_TO';
export const META_LABEL = 'GraphMeta';

const ACTOR_FIELDS = `a.id AS id, a.kind AS kind, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
  a.district AS district, a.inDistrict AS inDistrict, a.description AS description,
  a.metrics AS metrics, a.citations AS citations`;

/** What a relation record is read from: `r` between `s` and `t`. */
export const RELATION_FIELDS = `r.id AS id, r.type AS type, r.status AS status, s.id AS from, t.id AS to,
  r.description AS description, r.basis AS basis, r.reasoning AS reasoning, r.metrics AS metrics,
  r.citations AS citations`;

/** The one GraphMeta node holds the revision every write transaction bumps. */
export const BUMP_REVISION = statement(
  'bump revision',
  `MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.revision = 1 ON MATCH SET m.revision = m.revision + 1` as const,
);
export const REVISION = statement('revision', `MATCH (m:GraphMeta {id: 'graph'}) RETURN m.revision AS revision` as const);

/** Both counts in one statement, so that a health check needs one connection, not two. */
export const COUNT_ALL = statement(
  'count all',
  `MATCH (a:Actor) WITH count(a) AS actors
  OPTIONAL MATCH ()-[r:RELATED_TO]->() RETURN actors, count(r) AS relations` as const,
);

// Point reads go through the primary-key index only when each id is matched on its own
// (UNWIND): in LadybugDB `a.id IN $ids` scans the table (5 ms vs 0.5 ms at 10⁵ actors).
export const ACTORS_BY_IDS = statement('actors by ids', `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR_FIELDS}` as const, ['ids']);
export const ACTOR_LABELS = statement('actor labels', `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.name AS name, a.nameEn AS nameEn` as const, ['ids']);
export const EXISTING_IDS = statement('existing actor ids', `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id` as const, ['ids']);

// The WITH makes the actor a key lookup in LadybugDB; a second MATCH on {id: n.actorId} joins by scanning.
export const ACTOR_BY_NAME_KEY = statement(
  'actor by name key',
  `MATCH (n:ActorName {key: $key}) WITH n.actorId AS actorId
  MATCH (a:Actor) WHERE a.id = actorId RETURN ${ACTOR_FIELDS}` as const,
  ['key'],
);

const SEARCH_RANKED = `WITH a, CASE WHEN $text IN a.nameKeys THEN 0
    WHEN a.searchText CONTAINS $prefix THEN 1 ELSE 2 END AS rank
  RETURN ${ACTOR_FIELDS} ORDER BY rank, size(a.name), a.id LIMIT $first`;
export const SEARCH = statement('search', `MATCH (a:Actor) WHERE a.searchText CONTAINS $text ${SEARCH_RANKED}` as const, [
  'text',
  'prefix',
  'first',
]);
export const SEARCH_KINDS = statement(
  'search within kinds',
  `MATCH (a:Actor) WHERE a.searchText CONTAINS $text AND a.kind IN $kinds ${SEARCH_RANKED}` as const,
  ['text', 'prefix', 'first', 'kinds'],
);

export const DELETE_NAMES_OF = statement('delete names of actors', `MATCH (n:ActorName) WHERE n.actorId IN $ids DELETE n` as const, ['ids']);
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
/** Sets lists the bulk path could not write into its CSV files. */
export const SET_NAME_LISTS = statement(
  'set name lists',
  `UNWIND $rows AS r MATCH (a:Actor {id: r.id}) SET a.aliases = r.aliases, a.nameKeys = r.nameKeys` as const,
  ['rows'],
);
export const DELETE_RELATIONS = statement('delete relations', `MATCH ()-[r:RELATED_TO]->() WHERE r.id IN $ids DELETE r` as const, ['ids']);
export const EXISTING_RELATION_IDS = statement(
  'existing relation ids',
  `MATCH ()-[r:RELATED_TO]->() WHERE r.id IN $ids RETURN DISTINCT r.id AS id` as const,
  ['ids'],
);
export const ALL_RELATION_IDS = statement('all relation ids', `MATCH ()-[r:RELATED_TO]->() RETURN r.id AS id` as const);
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
export const RELATIONS_BY_IDS = statement(
  'hydrate relations by ids',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE r.id IN $ids RETURN ${RELATION_FIELDS}` as const,
  ['ids'],
);
/**
 * Relations of one source actor, by id: the source is matched by its key and only its relations
 * are walked. LadybugDB has no index on relation properties (`r.id IN $ids` alone scans every
 * relation), and a key read inside UNWIND is not planned as one: per source, with plain
 * parameters, it takes milliseconds (2–7 ms at M under load, against seconds).
 */
export const RELATIONS_OF_SOURCE_BY_IDS = statement(
  'hydrate relations of one source by ids',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE s.id = $id AND r.id IN $ids RETURN ${RELATION_FIELDS}` as const,
  ['id', 'ids'],
);
/** The same from the target's key: for a relation whose source has many more relations than its target. */
export const RELATIONS_OF_TARGET_BY_IDS = statement(
  'hydrate relations of one target by ids',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor) WHERE t.id = $id AND r.id IN $ids RETURN ${RELATION_FIELDS}` as const,
  ['id', 'ids'],
);

/** Who holds metrics, with the metrics as stored (JSON text): what the indices read. */
// Rows whose metrics mention one of $names (each quoted, as JSON writes it): the database tests
// the text, so a district-size graph sends only the few rows that hold a wanted metric.
export const ACTOR_METRICS = statement(
  'actor metrics',
  `MATCH (a:Actor) WHERE a.metrics IS NOT NULL AND any(name IN $names WHERE a.metrics CONTAINS name) RETURN a.id AS id, a.metrics AS metrics` as const,
  ['names'],
);
export const RELATION_METRICS = statement(
  'relation metrics',
  `MATCH ()-[r:RELATED_TO]->() WHERE r.metrics IS NOT NULL AND any(name IN $names WHERE r.metrics CONTAINS name) RETURN r.id AS id, r.metrics AS metrics` as const,
  ['names'],
);

export const ACTOR_NAMES = statement('actor names', `MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases` as const);

export const TOPOLOGY_ACTORS = statement(
  'topology actors',
  `MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind, a.inDistrict AS inDistrict, a.district AS district` as const,
);
export const TOPOLOGY_RELATIONS = statement(
  'topology relations',
  `MATCH (s:Actor)-[r:RELATED_TO]->(t:Actor)
  RETURN r.id AS id, s.id AS from, t.id AS to, r.type AS type, r.status AS status, r.basis AS basis` as const,
);

export type RelationsParam = 'id' | 'ids' | 'types' | 'statuses';

/**
 * Relations leaving (OUT) or entering (IN) the given actors ($ids, or $id when `single`); `self`
 * says which actor asked. Written from the asking actor's side: LadybugDB then walks from it
 * instead of scanning every relation (8 ms vs 150 ms for one actor's incoming relations at 10⁶).
 */
export function relationsOf(side: 'OUT' | 'IN', withTypes: boolean, withStatuses: boolean, single: boolean): Statement<RelationsParam> {
  const self = side === 'OUT' ? 's' : 't';
  // One actor (the common case) is matched by equality, which LadybugDB answers 3–6× faster than IN.
  const ids = single ? ('= $id' as const) : ('IN $ids' as const);
  const types = withTypes ? ' AND r.type IN $types' : '';
  const statuses = withStatuses ? ' AND r.status IN $statuses' : '';
  const pattern = side === 'OUT' ? ('(s:Actor)-[r:RELATED_TO]->(t:Actor)' as const) : ('(t:Actor)<-[r:RELATED_TO]-(s:Actor)' as const);
  const params: RelationsParam[] = [single ? 'id' : 'ids'];
  if (withTypes) params.push('types');
  if (withStatuses) params.push('statuses');
  return statement(
    `relations ${side}${withTypes ? ' by type' : ''}${withStatuses ? ' by status' : ''}${single ? ' of one' : ''}`,
    `MATCH ${pattern} WHERE ${self}.id ${ids}${types}${statuses}
    RETURN ${self}.id AS self, ${RELATION_FIELDS} ORDER BY r.type, r.id` as const,
    params,
  );
}

/** Every statement the store can send, each filter variant included: what the lint test checks. */
export function storeStatements(): Statement[] {
  const fixed = [
    BUMP_REVISION,
    REVISION,
    COUNT_ALL,
    ACTORS_BY_IDS,
    ACTOR_LABELS,
    EXISTING_IDS,
    ACTOR_BY_NAME_KEY,
    SEARCH,
    SEARCH_KINDS,
    DELETE_NAMES_OF,
    UPSERT_ACTORS,
    CLAIM_NAMES,
    SET_NAME_LISTS,
    DELETE_RELATIONS,
    EXISTING_RELATION_IDS,
    ALL_RELATION_IDS,
    COUNT_RELATIONS_OF,
    DELETE_ACTORS,
    CREATE_RELATIONS,
    ALL_ACTORS,
    ALL_RELATIONS,
    RELATIONS_BY_IDS,
    RELATIONS_OF_SOURCE_BY_IDS,
    RELATIONS_OF_TARGET_BY_IDS,
    ACTOR_METRICS,
    RELATION_METRICS,
    ACTOR_NAMES,
    TOPOLOGY_ACTORS,
    TOPOLOGY_RELATIONS,
  ];
  const flags = [false, true];
  const variants = (['OUT', 'IN'] as const).flatMap((side) =>
    flags.flatMap((types) => flags.flatMap((statuses) => flags.map((single) => relationsOf(side, types, statuses, single)))),
  );
  return [...fixed, ...variants];
}
