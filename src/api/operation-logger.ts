// Logs GraphQL errors (unexpected ones at error level, coded ones at debug) and, at debug level,
// each operation's duration. At the default level a request costs this plugin one shared
// listener object, nothing more: the request path is measured against a bare Apollo server.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Logger } from '../logger.js';

export function operationLogger<Context extends object>(logger: Logger): ApolloServerPlugin<Context> {
  const errorsOnly: GraphQLRequestListener<Context> = {
    async didEncounterErrors({ errors, operationName }) {
      for (const error of errors) {
        const code = error.extensions?.code;
        const level = code === 'INTERNAL_SERVER_ERROR' || code === undefined ? 'error' : 'debug';
        logger[level]({ err: error.originalError ?? error, code, operationName }, 'graphql error');
      }
    },
  };
  return {
    async requestDidStart() {
      if (!logger.isLevelEnabled('debug')) return errorsOnly;
      const started = performance.now();
      return {
        ...errorsOnly,
        async willSendResponse({ operationName }) {
          logger.debug({ operationName, ms: Math.round(performance.now() - started) }, 'graphql request');
        },
      };
    },
  };
}
