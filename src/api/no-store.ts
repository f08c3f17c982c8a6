// Every GraphQL answer depends on the graph's revision at the moment it is read, so no cache may
// keep it. Apollo's cache-control plugin sent `no-store` for schemas without cache hints, but it
// wraps every field resolver to collect hints we never give (a third of executing a 200-path
// answer); graphql-api.ts turns it off, and this plugin keeps the header.
import type { ApolloServerPlugin } from '@apollo/server';

export function noStore<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
