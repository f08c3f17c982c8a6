// Our retry policy for Neo4j transactions, in place of the driver's managed retries. The driver
// waits about a second before its first retry, so an unreachable server answered only after
// 1–3 s. Here a transient failure (a deadlock, a leader change) is retried with a short back-off
// within a budget, while a refused connection gets one immediate second try (a pooled connection
// gone stale across a restart) and then fails: the API says SERVICE_UNAVAILABLE at once.
import neo4j from 'neo4j-driver';

const FIRST_DELAY_MS = 25;

function isUnreachable(error: unknown): boolean {
  return error instanceof neo4j.Neo4jError && error.code === neo4j.error.SERVICE_UNAVAILABLE;
}

export async function withRetry<T>(work: () => Promise<T>, budgetMs: number): Promise<T> {
  const started = Date.now();
  let delayMs = FIRST_DELAY_MS;
  let unreachableTries = 0;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof neo4j.Neo4jError && error.retryable)) throw error;
      if (isUnreachable(error)) {
        unreachableTries += 1;
        if (unreachableTries > 1) throw error;
        continue;
      }
      if (Date.now() - started + delayMs > budgetMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * (0.8 + Math.random() * 0.4)));
      delayMs *= 2;
    }
  }
}
