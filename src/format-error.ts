// Turns whatever a resolver threw into an error a client can act on: known failures keep
// their code and message, anything unexpected becomes INTERNAL_SERVER_ERROR with no details.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { IntegrityError } from './graph/errors.js';
import { ErrorCode } from './errors.js';

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof IntegrityError) {
    return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code: ErrorCode.INTEGRITY_VIOLATION } };
  }
  if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, message: 'internal error: the server could not answer this request' };
  }
  return formatted;
}
