// Errors analytics raises when a question cannot be answered as asked. They know nothing of
// GraphQL: the API maps each `reason` to an error code at its edge (api/errors.ts).

export type AnalyticsErrorReason = 'SEARCH_TOO_BROAD';

export class AnalyticsError extends Error {
  constructor(
    readonly reason: AnalyticsErrorReason,
    message: string,
    /** Facts a client can act on (a limit, the argument at fault), passed on as error extensions. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AnalyticsError';
  }
}
