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
