// Translation tests of the @neo4j/graphql model API, in the style of the library's TCK: a
// GraphQL operation in, the exact Cypher and parameters the library sends out. Every captured
// statement must also pass Neo4j's own analyser with its parameters declared.
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModelGraphQL } from '../../src/api/model-api.js';
import { lintCypher } from '../helpers/cypher-lint.js';
import { recordingDriver, TranslationCaptured, type CapturedStatement } from '../helpers/recording-driver.js';

// @neo4j/graphql is CommonJS and builds its schema with graphql's CommonJS build, which vite
// would otherwise swap for the ES build: one graphql instance for both.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createModelGraphQL().getSchema();
});

/** Runs `source` against a recording driver and returns the one statement it sent, unlinted. */
async function capture(source: string, variableValues: Record<string, unknown> = {}): Promise<CapturedStatement> {
  const { driver, captured } = recordingDriver();
  const result = await graphql({
    schema,
    source,
    variableValues,
    contextValue: { executionContext: driver, sessionConfig: { database: 'haidian' } },
  });
  expect(result.errors?.map((e) => e.originalError)).toEqual([expect.any(TranslationCaptured)]);
  expect(captured).toHaveLength(1);
  const [statement] = captured as [CapturedStatement];
  expect(statement).toMatchObject({ database: 'haidian', mode: 'READ' });
  return statement;
}

/** The one statement `source` sends, which must pass lintCypherQuery with zero diagnostics. */
async function translate(source: string, variableValues: Record<string, unknown> = {}): Promise<CapturedStatement> {
  const statement = await capture(source, variableValues);
  expect(lintCypher(statement.cypher, statement.params)).toEqual([]);
  return statement;
}

describe('model API translation', () => {
  it('filters actors by kind and district', async () => {
    const { cypher, params } = await translate(
      `query Funds($kind: ActorKind!, $district: String!) {
        actors(where: { kind: { eq: $kind }, district: { eq: $district } }, sort: [{ name: ASC }]) { id name kind }
      }`,
      { kind: 'FUND', district: '海淀区' },
    );
    expect(cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      MATCH (this:Actor)
      WHERE (this.kind = $param0 AND this.district = $param1)
      WITH *
      ORDER BY this.name ASC
      RETURN this { .id, .name, .kind } AS this"
    `);
    expect(params).toMatchInlineSnapshot(`
      {
        "param0": "FUND",
        "param1": "海淀区",
      }
    `);
  });

  it('follows outgoing relations filtered by status, with their properties', async () => {
    const { cypher, params } = await translate(
      `{
        actors(where: { id: { eq: "fund-a" } }) {
          id
          relatesToConnection(where: { edge: { status: { eq: ESTABLISHED } } }, sort: [{ edge: { id: ASC } }]) {
            edges { properties { id type status } node { id name inDistrict } }
          }
        }
      }`,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      MATCH (this:Actor)
      WHERE this.id = $param0
      CALL (this) {
        MATCH (this)-[this0:RELATED_TO]->(this1:Actor)
        WHERE this0.status = $param1
        WITH collect({node: this1, relationship: this0}) AS edges
        CALL (edges) {
          UNWIND edges AS edge
          WITH edge.node AS this1, edge.relationship AS this0
          WITH *
          ORDER BY this0.id ASC
          RETURN collect({properties: {id: this0.id, type: this0.type, status: this0.status, __resolveType: 'Relation'}, node: {id: this1.id, name: this1.name, inDistrict: this1.inDistrict, __resolveType: 'Actor'}}) AS var2
        }
        RETURN {edges: var2} AS var3
      }
      RETURN this { .id, relatesToConnection: var3 } AS this"
    `);
    expect(params).toMatchInlineSnapshot(`
      {
        "param0": "fund-a",
        "param1": "ESTABLISHED",
      }
    `);
  });

  it('pages through actors with cursors', async () => {
    const after = Buffer.from('arrayconnection:1').toString('base64');
    const { cypher, params } = await translate(
      `query Page($after: String) {
        actorsConnection(first: 2, after: $after, where: { inDistrict: { eq: true } }, sort: [{ id: ASC }]) {
          totalCount
          edges { cursor node { id name } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { after },
    );
    expect(cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      MATCH (this0:Actor)
      WHERE this0.inDistrict = $param0
      WITH collect({node: this0}) AS edges, count(this0) AS totalCount
      CALL (edges) {
        UNWIND edges AS edge
        WITH edge.node AS this0
        WITH *
        ORDER BY this0.id ASC
        SKIP $param1
        LIMIT $param2
        RETURN collect({node: {id: this0.id, name: this0.name, __resolveType: 'Actor'}}) AS var1
      }
      RETURN {edges: var1, totalCount: totalCount} AS this"
    `);
    expect(params).toMatchInlineSnapshot(`
      {
        "param0": true,
        "param1": Integer {
          "high": 0,
          "low": 2,
        },
        "param2": Integer {
          "high": 0,
          "low": 2,
        },
      }
    `);
  });

  it('aggregates the relations of each actor of some kinds: counts and name lengths', async () => {
    const { cypher, params } = await translate(
      `{
        actors(where: { kind: { in: [FUND, INCUBATOR] } }, sort: [{ id: ASC }]) {
          id
          relatesToConnection(where: { edge: { status: { eq: ESTABLISHED } } }) {
            aggregate { count { nodes edges } node { name { shortest longest } } }
          }
        }
      }`,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      MATCH (this:Actor)
      WHERE this.kind IN $param0
      WITH *
      ORDER BY this.id ASC
      CALL (this) {
        CALL (this) {
          MATCH (this)-[this0:RELATED_TO]->(this1:Actor)
          WHERE this0.status = $param1
          RETURN {nodes: count(DISTINCT this1), edges: count(DISTINCT this0)} AS var2
        }
        CALL (this) {
          MATCH (this)-[this3:RELATED_TO]->(this4:Actor)
          WHERE this3.status = $param2
          WITH DISTINCT this4
          ORDER BY size(this4.name) DESC
          WITH collect(this4.name) AS list
          RETURN {longest: head(list), shortest: last(list)} AS var5
        }
        RETURN {aggregate: {count: var2, node: {name: var5}}} AS var6
      }
      RETURN this { .id, relatesToConnection: var6 } AS this"
    `);
    expect(params).toMatchInlineSnapshot(`
      {
        "param0": [
          "FUND",
          "INCUBATOR",
        ],
        "param1": "ESTABLISHED",
        "param2": "ESTABLISHED",
      }
    `);
  });

  it('searches names through the fulltext index the engine creates', async () => {
    const { cypher, params } = await translate(
      `{ actorsByName(phrase: "北航", first: 5) { edges { score node { id name } } } }`,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "CYPHER 5
      CALL db.index.fulltext.queryNodes('actor_names', $param0) YIELD node AS this0, score AS var1
      WHERE $param1 IN labels(this0)
      WITH collect({node: this0, score: var1}) AS edges
      WITH edges, size(edges) AS totalCount
      CALL (edges) {
        UNWIND edges AS edge
        WITH edge.node AS this0, edge.score AS var1
        WITH *
        
        LIMIT $param2
        RETURN collect({node: {id: this0.id, name: this0.name, __resolveType: 'Actor'}, score: var1}) AS var2
      }
      RETURN {edges: var2} AS this"
    `);
    expect(params).toMatchInlineSnapshot(`
      {
        "param0": "北航",
        "param1": "Actor",
        "param2": Integer {
          "high": 0,
          "low": 5,
        },
      }
    `);
  });
});

// Known library defect, kept visible: @neo4j/graphql 7.6 computes the aggregate of a top-level
// connection in a `CALL { ... }` subquery without a scope clause, which Neo4j 5.26 deprecates.
// The query runs; the day the library emits `CALL () { ... }` this test fails and the case
// moves up into the zero-diagnostic group above.
describe('model API translation, known deprecation', () => {
  it('aggregates all actors of a kind with a deprecated subquery form and nothing worse', async () => {
    const { cypher, params } = await capture(
      `{ actorsConnection(where: { kind: { eq: FUND } }) { aggregate { count { nodes } node { name { shortest longest } } } } }`,
    );
    const deprecated = [2, 'CALL subquery without a variable scope clause is now deprecated. Use CALL () { ... }'];
    expect(lintCypher(cypher, params).map((d) => [d.severity, d.message])).toEqual([deprecated, deprecated]);
  });
});
