// Turns whatever a resolver threw into an error a client can act on: known failures keep
// their code and message, anything unexpected becomes INTERNAL_SERVER_ERROR with no details.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { IntegrityError, NotFoundError, QueryTimeoutError, StoreUnavailableError } from './graph/errors.js';
import { ErrorCode } from './errors.js';

/** Store errors whose message is meant for the client, and the code each one carries. */
const STORE_ERRORS: [new (...args: never[]) => Error, ErrorCode][] = [
  [IntegrityError, ErrorCode.INTEGRITY_VIOLATION],
  [NotFoundError, ErrorCode.NOT_FOUND],
  [QueryTimeoutError, ErrorCode.QUERY_TIMEOUT],
  [StoreUnavailableError, ErrorCode.SERVICE_UNAVAILABLE],
];

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  for (const [type, code] of STORE_ERRORS) {
    if (original instanceof type) {
      return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code } };
    }
  }
  if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, message: 'internal error: the server could not answer this request' };
  }
  // Apollo prefixes errors thrown while building the context (refused credentials); the code says enough.
  return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, '') };
}
