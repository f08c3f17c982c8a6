// The kinds, relation types and statuses the TypeScript model knows are exactly the SDL enums.
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, DIRECTIONS, RELATION_STATUSES, RELATION_TYPES } from '../../src/graph/model.js';
import { loadTypeDefs } from '../../src/api/schema.js';

const schema = buildSchema(loadTypeDefs());

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
}

describe('model enums and SDL enums', () => {
  it.each([
    ['ActorKind', ACTOR_KINDS],
    ['RelationType', RELATION_TYPES],
    ['RelationStatus', RELATION_STATUSES],
    ['Direction', DIRECTIONS],
  ] as const)('%s lists the same values in TypeScript and in schema/', (name, values) => {
    expect(enumValues(name)).toEqual([...values]);
  });
});
