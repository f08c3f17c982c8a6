// The model API's type definitions describe what the Neo4j engine writes, and stay read-only.
import { GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_KINDS, RELATION_STATUSES, RELATION_TYPES } from '../../src/graph/model.js';
import { ACTOR_LABEL, RELATION_TYPE, SCHEMA } from '../../src/graph/neo4j/cypher.js';
import { createModelGraphQL } from '../../src/api/model-api.js';
import { ENUMS_DIR, loadTypeDefs, modelTypeDefs, readSdl, SCHEMA_DIR } from '../../src/api/schema.js';

const modelSdl = modelTypeDefs();
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createModelGraphQL().getSchema();
});

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  // The library builds with graphql's CommonJS build; compare by shape, not by class identity.
  expect(type?.constructor.name).toBe(GraphQLEnumType.name);
  return (type as GraphQLEnumType).getValues().map((v) => v.name);
}

describe('model type definitions', () => {
  it('use the enums of the domain model, as the product API defines them', () => {
    expect(enumValues('ActorKind')).toEqual([...ACTOR_KINDS]);
    expect(enumValues('RelationType')).toEqual([...RELATION_TYPES]);
    expect(enumValues('RelationStatus')).toEqual([...RELATION_STATUSES]);
  });

  it('map to the label, relationship type and fulltext index the engine creates', () => {
    expect(modelSdl).toContain(`@node(labels: ["${ACTOR_LABEL}"])`);
    expect(modelSdl.match(/@relationship\(type: "(\w+)"/g)).toEqual([
      `@relationship(type: "${RELATION_TYPE}"`,
      `@relationship(type: "${RELATION_TYPE}"`,
    ]);
    const fulltext = SCHEMA.find((s) => s.text.includes('FULLTEXT INDEX actor_names'));
    expect(fulltext?.text).toContain('ON EACH [a.name, a.nameEn');
    expect(modelSdl).toContain('indexName: "actor_names", fields: ["name", "nameEn"]');
  });

  it('generate a read-only API with filters, connections and aggregations', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {}).sort()).toEqual(['actors', 'actorsByName', 'actorsConnection']);
    expect(schema.getType('ActorsConnection')?.toString()).toBe('ActorsConnection');
  });

  it('stay out of the product API, which reads schema/*.graphql and schema/enums/', () => {
    expect(loadTypeDefs()).not.toContain('@node');
  });

  it('share the enums with the product API from one folder, schema/enums/', () => {
    for (const name of ['ActorKind', 'RelationType', 'RelationStatus']) {
      const definition = `enum ${name} {`;
      expect(readSdl(ENUMS_DIR)).toContain(definition);
      expect(readSdl(SCHEMA_DIR)).not.toContain(definition);
      expect(loadTypeDefs().split(definition)).toHaveLength(2);
      expect(modelSdl.split(definition)).toHaveLength(2);
    }
  });
});
