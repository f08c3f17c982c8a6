// graphql-armor: refuses documents that are too deep, too wide, too long or too costly before
// they reach a resolver. Limits come from configuration.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from './config.js';

export type ArmorConfig = Pick<Config, 'MAX_QUERY_DEPTH' | 'MAX_ALIASES' | 'MAX_TOKENS' | 'MAX_COST' | 'MAX_DIRECTIVES'>;

export function armor(
  config: ArmorConfig,
  { hideSuggestions }: { hideSuggestions: boolean },
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH },
    maxAliases: { n: config.MAX_ALIASES },
    maxTokens: { n: config.MAX_TOKENS },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    costLimit: { maxCost: config.MAX_COST },
    // Field suggestions ("Did you mean …?") reveal the schema; hide them when introspection is off.
    blockFieldSuggestion: { enabled: hideSuggestions },
  }).protect();
  // graphql-armor ships only CommonJS type declarations; at run time it loads the same ESM
  // @apollo/server and graphql as we do, so its plugins are ours in all but the type's path.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
