import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Actor } from './actor.js';
import { Citation } from './citation.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { Relation } from './relation.js';

export const resolvers: Resolvers = { Query, Mutation, Actor, Relation, Citation };
