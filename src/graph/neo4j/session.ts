// The Neo4j engine's EngineSession. Reads go to any member that can serve them, writes to the
// leader, and both share the driver's bookmark manager so that a read after a write sees it,
// also on a cluster. Transient failures (leader changes, deadlocks) are retried by retry.ts,
// not by the driver, so that an unreachable server fails at once; our integrity errors are not
// retried. The driver's failures are translated into the port's errors here.
import neo4j, { type Driver, type Record as Neo4jRecord, type Transaction } from 'neo4j-driver';
import type { Statement } from '../cypher.js';
import type { EngineSession, Params, Row, Run } from '../engine-session.js';
import { QueryTimeoutError, StoreUnavailableError } from '../errors.js';
import { withRetry } from './retry.js';

export interface SessionTarget {
  uri: string;
  database?: string;
  queryTimeoutMs?: number;
  /** How long transient failures are retried (NEO4J_MAX_RETRY_MS). */
  maxRetryMs?: number;
}

/** LIMIT and SKIP take integers, and a JavaScript number travels as a float: whole numbers go as integers. */
function toNeo4j(params: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));
}

/** Counts and revisions come back as Neo4j integers; the store works with numbers. */
function toRow(record: Neo4jRecord): Row {
  const row = record.toObject() as Row;
  for (const [k, v] of Object.entries(row)) if (neo4j.isInt(v)) row[k] = v.toNumber();
  return row;
}

export class Neo4jSession implements EngineSession {
  constructor(
    private readonly driver: Driver,
    private readonly target: SessionTarget,
  ) {}

  read: Run = async <P extends string>(statement: Statement<P>, params: Params<P>): Promise<Row[]> => {
    try {
      return await withRetry(() => this.readOnce(statement, params), this.retryBudgetMs);
    } catch (error) {
      throw this.translate(error);
    }
  };

  /** An auto-commit read: routed to a reader, after the writes the bookmark manager has seen. */
  private async readOnce<P extends string>(statement: Statement<P>, params: Params<P>): Promise<Row[]> {
    const session = this.openSession(neo4j.session.READ);
    try {
      const result = await session.run(statement.text, toNeo4j(params), { timeout: this.target.queryTimeoutMs });
      return result.records.map(toRow);
    } finally {
      await session.close();
    }
  }

  private get retryBudgetMs(): number {
    return this.target.maxRetryMs ?? 1_000;
  }

  /** `fetchSize`: records asked for at a time (the driver's default when not given). */
  private openSession(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE, fetchSize?: number) {
    return this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      fetchSize,
    });
  }

  /**
   * One auto-commit write, not retried: what CALL { } IN TRANSACTIONS needs (it commits its own
   * transactions, so it cannot run inside one).
   */
  autoCommit: Run = async <P extends string>(statement: Statement<P>, params: Params<P>): Promise<Row[]> => {
    const session = this.openSession(neo4j.session.WRITE);
    try {
      const result = await session.run(statement.text, toNeo4j(params), { timeout: this.target.queryTimeoutMs });
      return result.records.map(toRow);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  };

  async *stream(statement: Statement<never>): AsyncGenerator<Row> {
    const session = this.openSession(neo4j.session.READ);
    try {
      const result = session.run(statement.text, {}, { timeout: this.target.queryTimeoutMs });
      for await (const record of result) yield toRow(record);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /**
   * The records of a read, as the driver decodes them (no row objects made): for reads of many
   * rows whose values the caller converts itself. `fetchSize` records are asked for at a time.
   */
  async *streamRecords<P extends string>(statement: Statement<P>, params: Params<P>, fetchSize: number): AsyncGenerator<Neo4jRecord> {
    const session = this.openSession(neo4j.session.READ, fetchSize);
    try {
      yield* session.run(statement.text, toNeo4j(params), { timeout: this.target.queryTimeoutMs });
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  async transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    try {
      return await withRetry(() => this.transactionOnce(work), this.retryBudgetMs);
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** One explicit write transaction: committed when the work resolves, rolled back when it throws. */
  private async transactionOnce<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.openSession(neo4j.session.WRITE);
    try {
      const tx = await session.beginTransaction({ timeout: this.target.queryTimeoutMs });
      try {
        const answer = await work(runIn(tx));
        await tx.commit();
        return answer;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
  }

  /** The driver's failures in the port's vocabulary: unreachable and timed out are not bugs. */
  private translate(error: unknown): unknown {
    if (!(error instanceof neo4j.Neo4jError)) return error;
    if (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED) {
      return new StoreUnavailableError(`Neo4j at ${this.target.uri} is not available: ${error.message}`);
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new QueryTimeoutError(this.target.queryTimeoutMs ?? 0);
    }
    return error;
  }
}

function runIn(tx: Transaction): Run {
  return async <P extends string>(statement: Statement<P>, params: Params<P>) => {
    const result = await tx.run(statement.text, toNeo4j(params));
    return result.records.map(toRow);
  };
}
