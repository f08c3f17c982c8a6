// The API's error vocabulary: every error a client sees carries one of these codes.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  ACTOR_NOT_FOUND: 'ACTOR_NOT_FOUND',
  AMBIGUOUS_ACTOR: 'AMBIGUOUS_ACTOR',
  /** A path search whose bounds would let it run away (see CONNECTION_LIMITS). */
  SEARCH_TOO_BROAD: 'SEARCH_TOO_BROAD',
  INTEGRITY_VIOLATION: 'INTEGRITY_VIOLATION',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
}
