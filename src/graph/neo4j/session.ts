// The Neo4j engine's EngineSession. Reads go to any member that can serve them, writes to the
// leader, and both share the driver's bookmark manager so that a read after a write sees it,
// also on a cluster. Managed transactions retry transient failures (leader changes, deadlocks)
// on their own; our integrity errors are not retried. The driver's failures are translated into
// the port's errors here.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from '../cypher.js';
import type { EngineSession, Params, Row, Run } from '../engine-session.js';
import { QueryTimeoutError, StoreUnavailableError } from '../errors.js';

export interface SessionTarget {
  uri: string;
  database?: string;
  queryTimeoutMs?: number;
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
      const { records } = await this.driver.executeQuery(statement.text, toNeo4j(params), {
        database: this.target.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.target.queryTimeoutMs },
      });
      return records.map(toRow);
    } catch (error) {
      throw this.translate(error);
    }
  };

  async *stream(statement: Statement<never>): AsyncGenerator<Row> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = session.run(statement.text, {}, { timeout: this.target.queryTimeoutMs });
      for await (const record of result) yield toRow(record);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  async transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite((tx) => work(runIn(tx)), { timeout: this.target.queryTimeoutMs });
    } catch (error) {
      throw this.translate(error);
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

function runIn(tx: ManagedTransaction): Run {
  return async <P extends string>(statement: Statement<P>, params: Params<P>) => {
    const result = await tx.run(statement.text, toNeo4j(params));
    return result.records.map(toRow);
  };
}
