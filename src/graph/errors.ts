// Errors a store raises for bad writes; the API maps them to GraphQL error codes.

/** A write that would break the graph's integrity; nothing of its batch was written. */
export class IntegrityError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(details.length > 0 ? `${message}: ${details.join('; ')}` : message);
    this.name = 'IntegrityError';
  }
}

/** A write names records that do not exist; nothing of it was written. */
export class NotFoundError extends Error {
  constructor(
    readonly what: 'actor' | 'relation',
    readonly ids: string[],
  ) {
    super(`unknown ${what} id${ids.length === 1 ? '' : 's'}: ${ids.map((id) => `"${id}"`).join(', ')}`);
    this.name = 'NotFoundError';
  }
}

/** The database cannot be reached (closed, down, unreachable); the request may succeed later. */
export class StoreUnavailableError extends Error {
  constructor(message = 'the graph database is not available') {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** A statement ran past the engine's per-query timeout and was cancelled. */
export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the query was cancelled after ${timeoutMs} ms: ask for less (lower first, limit, depth or maxHops) or split a large write`);
    this.name = 'QueryTimeoutError';
  }
}
