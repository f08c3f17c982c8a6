// What CypherStore needs from an engine: run a read, stream a large read, run work in one write
// transaction. Each engine implements it over its own connections (embedded/session.ts,
// neo4j/session.ts) and maps its failures to the port's errors (errors.ts) on the way.
import type { Statement } from './cypher.js';

export type Row = Record<string, unknown>;
/** Exactly the parameters a statement declares. */
export type Params<P extends string> = { [K in P]: unknown };

export type Run = <P extends string>(statement: Statement<P>, params: Params<P>) => Promise<Row[]>;

export interface EngineSession {
  /** One read statement; integers come back as JavaScript numbers. */
  read: Run;
  /** One read statement's rows, one at a time, never all in memory. */
  stream(statement: Statement<never>): AsyncIterable<Row>;
  /** Runs `work` in one write transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T>;
}
