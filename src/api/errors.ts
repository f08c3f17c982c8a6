// The API's error vocabulary and the one place errors become what a client sees: every error
// carries one of these codes; store and analytics errors are mapped here, at the edge;
// requests that fail before GraphQL sees them (a body too large, not JSON) still get a GraphQL
// error body with a code, never an HTML page or a stack trace.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler, Response } from 'express';
import { AnalyticsError } from '../analytics/errors.js';
import { IntegrityError, NotFoundError, QueryTimeoutError, StoreUnavailableError } from '../graph/errors.js';
import type { Logger } from '../logger.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  ACTOR_NOT_FOUND: 'ACTOR_NOT_FOUND',
  AMBIGUOUS_ACTOR: 'AMBIGUOUS_ACTOR',
  /** A path search whose bounds would let it run away (see CONNECTION_LIMITS). */
  SEARCH_TOO_BROAD: 'SEARCH_TOO_BROAD',
  /** An operation whose estimated cost passes MAX_COST (cost-limit.ts); says what costs most. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  INTEGRITY_VIOLATION: 'INTEGRITY_VIOLATION',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The HTTP request itself was unusable (not JSON, wrong method); see the HTTP status. */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
}

// Resolver errors: known failures keep their code and message, anything unexpected becomes
// INTERNAL_SERVER_ERROR with no details.

/** Store errors whose message is meant for the client, and the code each one carries. */
const STORE_ERRORS: [new (...args: never[]) => Error, ErrorCode][] = [
  [IntegrityError, ErrorCode.INTEGRITY_VIOLATION],
  [NotFoundError, ErrorCode.NOT_FOUND],
  [QueryTimeoutError, ErrorCode.QUERY_TIMEOUT],
  [StoreUnavailableError, ErrorCode.SERVICE_UNAVAILABLE],
];

/** Codes our validation rules give their errors (graphql-armor's keep Apollo's). */
const RULE_CODES = new Set<string>([ErrorCode.QUERY_TOO_COSTLY]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Apollo gives every validation error GRAPHQL_VALIDATION_FAILED; a rule of ours keeps its own
  // code, found on the error the rule reported (read by shape: graphql may be loaded twice).
  const ruleCode = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError?.extensions?.code;
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof ruleCode === 'string' && RULE_CODES.has(ruleCode)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ruleCode } };
  }
  if (original instanceof AnalyticsError) {
    return { ...formatted, message: original.message, extensions: { ...formatted.extensions, ...original.details, code: original.reason } };
  }
  for (const [type, code] of STORE_ERRORS) {
    if (original instanceof type) {
      return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code } };
    }
  }
  if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, message: 'internal error: the server could not answer this request' };
  }
  // Apollo prefixes errors thrown while building the context (refused credentials), and
  // graphql-armor calls its depth, alias and directive limits syntax errors; the code says enough.
  return { ...formatted, message: formatted.message.replace(/^(Context creation failed|Syntax Error): /, '') };
}

// HTTP errors, before GraphQL.

export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** body-parser marks its failures with a `type`; anything else is our fault and says nothing more. */
export function httpErrorHandler(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
    if (type === 'entity.too.large') {
      return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `the request body is larger than the limit of ${bodyLimit}`);
    }
    if (type === 'entity.parse.failed') return sendError(res, 400, ErrorCode.BAD_REQUEST, 'the request body is not valid JSON');
    if (type.startsWith('encoding.') || type === 'charset.unsupported') {
      return sendError(res, 415, ErrorCode.BAD_REQUEST, 'the request body must be UTF-8 JSON');
    }
    logger.error({ err: error }, 'http request failed');
    return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'internal error: the server could not answer this request');
  };
}
