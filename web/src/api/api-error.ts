// What the API said went wrong, read with zod at the page's edge: the error code, and for
// AMBIGUOUS_ACTOR and ACTOR_NOT_FOUND the actors the user may have meant ({id, name, kind, score}).
import * as z from 'zod/mini';

const Candidate = z.object({ id: z.string(), name: z.string(), kind: z.optional(z.string()), score: z.optional(z.number()) });
export type Candidate = z.infer<typeof Candidate>;

const ErrorBody = z.object({
  data: z.optional(z.unknown()),
  errors: z.optional(
    z.array(
      z.object({
        message: z.string(),
        extensions: z.optional(
          z.object({
            code: z.optional(z.string()),
            argument: z.optional(z.string()),
            text: z.optional(z.string()),
            candidates: z.optional(z.array(Candidate)),
          }),
        ),
      }),
    ),
  ),
});

export class ApiError extends Error {
  constructor(
    /** The API's `extensions.code`, or NETWORK / BAD_RESPONSE for failures before GraphQL. */
    readonly code: string,
    /** The server's own (English) message: kept for the console, never shown as the page's text. */
    readonly serverMessage: string,
    /** The text the user typed that the error is about, when the API says. */
    readonly text: string | null = null,
    /** Actors the user may have meant: an ambiguous name's candidates, or suggestions for a typo. */
    readonly candidates: Candidate[] = [],
  ) {
    super(`${code}: ${serverMessage}`);
  }
}

/** The first error of a GraphQL response as an ApiError, or null when the response has data and no errors. */
export function parseApiErrors(body: unknown, status: number): ApiError | null {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return new ApiError('BAD_RESPONSE', `the API answered ${status} without a GraphQL body`);
  const [first] = parsed.data.errors ?? [];
  if (first) {
    const { code = 'INTERNAL_SERVER_ERROR', text = null, candidates = [] } = first.extensions ?? {};
    return new ApiError(code, first.message, text, candidates);
  }
  if (parsed.data.data === undefined || parsed.data.data === null) return new ApiError('BAD_RESPONSE', 'the API answered without data');
  return null;
}
