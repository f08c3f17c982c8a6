// graphql-armor: refuses documents that are too deep or too wide before they reach a resolver.
// Limits come from configuration. The token limit is graphql's own parser option (see
// `parseOptions`): armor's Apollo token plugin re-parses in a hook and turns every syntax error
// into an HTTP 500, which the fuzz test caught. The cost limit is our own rule (cost-limit.ts):
// armor's answered "Syntax Error" and could not say what costs most.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { costLimitRule } from './cost-limit.js';

export type ArmorConfig = Pick<Config, 'MAX_QUERY_DEPTH' | 'MAX_ALIASES' | 'MAX_COST' | 'MAX_DIRECTIVES'>;

/** For ApolloServer's `parseOptions`: the parser stops with a syntax error past the limit. */
export const parseOptions = (config: Pick<Config, 'MAX_TOKENS'>) => ({ maxTokens: config.MAX_TOKENS });

export function armor(
  config: ArmorConfig,
  { hideSuggestions }: { hideSuggestions: boolean },
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH },
    maxAliases: { n: config.MAX_ALIASES },
    maxTokens: { enabled: false },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    costLimit: { enabled: false },
    // Field suggestions ("Did you mean …?") reveal the schema; hide them when introspection is off.
    blockFieldSuggestion: { enabled: hideSuggestions },
  }).protect();
  // graphql-armor ships only CommonJS type declarations; at run time it loads the same ESM
  // @apollo/server and graphql as we do, so its plugins are ours in all but the type's path.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules: [...validationRules, costLimitRule(config.MAX_COST)] };
}
