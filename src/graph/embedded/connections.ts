// LadybugDB allows one write transaction at a time in the whole database and fails a second
// one at once instead of waiting, and a connection must not run two statements at once.
// So: one writer connection behind a queue, and a few reader connections used in turn.
import { setImmediate as nextTurn } from 'node:timers/promises';
import lbug from '@ladybugdb/core';
import { QueryTimeoutError } from '../errors.js';

/** Rows a stream reads synchronously before it lets other work run. */
const STREAM_SLICE_ROWS = 2_000;

export type Params = Record<string, lbug.LbugValue>;
export type Row = Record<string, lbug.LbugValue>;

const COPY_FROM = /^COPY \w+ FROM/;

/** Runs `cypher` as a statement prepared once per connection and text; its results, still open. */
async function executeRaw(
  connection: lbug.Connection,
  prepared: Map<string, lbug.PreparedStatement>,
  cypher: string,
  params: Params,
): Promise<lbug.QueryResult[]> {
  let statement = prepared.get(cypher);
  if (!statement) {
    statement = await connection.prepare(cypher);
    if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
    prepared.set(cypher, statement);
  }
  const result = await connection.execute(statement, params);
  return Array.isArray(result) ? result : [result];
}

/** Runs `cypher` as a statement prepared once per connection and text; every row of every result. */
export async function executePrepared(
  connection: lbug.Connection,
  prepared: Map<string, lbug.PreparedStatement>,
  cypher: string,
  params: Params,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const r of await executeRaw(connection, prepared, cypher, params)) {
    // Synchronously: an awaited getNext() per row (what getAll() does) costs a thread-pool round
    // trip each. Not push(...rows): spreading 10⁶ rows (readAll at M) overflows the call stack.
    while (r.hasNext()) {
      const row = r.getNextSync();
      if (row) rows.push(row);
    }
    // An unclosed result keeps the native database alive, and with it the file lock. Except
    // COPY's: closing it and then rolling the transaction back crashes LadybugDB 0.19 (seen in
    // test/import, "bulk load is all or nothing"); the writer connection releases it at close.
    if (!COPY_FROM.test(cypher)) r.close();
  }
  return rows;
}

/** A connection that runs one statement at a time, in arrival order. */
class SerialConnection {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private readonly statements = new Map<string, lbug.PreparedStatement>();

  constructor(
    private readonly connection: lbug.Connection,
    private readonly timeoutMs: number,
  ) {}

  get load(): number {
    return this.pending;
  }

  /** Runs `work` once every earlier piece of work on this connection has finished. */
  exclusive<T>(work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    this.pending += 1;
    const result = this.tail.then(() => work((cypher, params) => this.execute(cypher, params)));
    this.tail = result.catch(() => undefined).finally(() => {
      this.pending -= 1;
    });
    return result;
  }

  private async execute(cypher: string, params: Params = {}): Promise<Row[]> {
    try {
      return await executePrepared(this.connection, this.statements, cypher, params);
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** LadybugDB reports a statement cancelled by its query timeout as "Interrupted.". */
  private translate(error: unknown): unknown {
    return error instanceof Error && error.message.startsWith('Interrupted') ? new QueryTimeoutError(this.timeoutMs) : error;
  }

  /**
   * The rows of one read statement, one at a time, holding this connection until the caller
   * has read them all (or stopped): a large result never sits in memory whole.
   */
  async *stream(cypher: string, params: Params = {}): AsyncGenerator<Row> {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const results = await new Promise<lbug.QueryResult[]>((resolve, reject) => {
      this.exclusive(async () => {
        try {
          resolve(await executeRaw(this.connection, this.statements, cypher, params));
        } catch (error) {
          reject(this.translate(error));
          return;
        }
        await held;
      }).catch(reject);
    });
    try {
      for (const result of results) {
        // Rows are fetched synchronously, a slice at a time, with an event-loop turn between
        // slices: an awaited getNext() per row costs a thread-pool round trip each, which made
        // the topology stream of the M graph (1.1 × 10⁶ rows) run for minutes on a loaded machine.
        while (result.hasNext()) {
          const slice: Row[] = [];
          for (let n = 0; n < STREAM_SLICE_ROWS && result.hasNext(); n++) {
            const row = result.getNextSync();
            if (row) slice.push(row);
          }
          yield* slice;
          await nextTurn();
        }
      }
    } catch (error) {
      throw this.translate(error);
    } finally {
      for (const result of results) result.close();
      release();
    }
  }

  async close(): Promise<void> {
    await this.tail;
    await this.connection.close();
  }
}

export type Run = (cypher: string, params?: Params) => Promise<Row[]>;

async function inTransaction<T>(run: Run, begin: string, work: (run: Run) => Promise<T>): Promise<T> {
  await run(begin);
  try {
    const value = await work(run);
    await run('COMMIT');
    return value;
  } catch (error) {
    // A failed statement already aborts the transaction; ROLLBACK then finds none to end.
    await run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export class ConnectionSet {
  private readonly writer: SerialConnection;
  private readonly readers: SerialConnection[];

  constructor(database: lbug.Database, readers: number, queryTimeoutMs: number) {
    const make = () => {
      const c = new lbug.Connection(database);
      c.setQueryTimeout(queryTimeoutMs);
      return new SerialConnection(c, queryTimeoutMs);
    };
    this.writer = make();
    this.readers = Array.from({ length: Math.max(1, readers) }, make);
  }

  /** One read statement on the least busy reader. */
  read(cypher: string, params?: Params): Promise<Row[]> {
    return this.leastBusyReader().exclusive((run) => run(cypher, params));
  }

  /** One read statement's rows, streamed from the least busy reader. */
  stream(cypher: string, params?: Params): AsyncGenerator<Row> {
    return this.leastBusyReader().stream(cypher, params);
  }

  private leastBusyReader(): SerialConnection {
    return this.readers.reduce((best, c) => (c.load < best.load ? c : best));
  }

  /** Runs `work` inside one write transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.writer.exclusive((run) => inTransaction(run, 'BEGIN TRANSACTION', work));
  }

  /** Runs `work` in one read-only transaction on a reader: every statement of it reads the same snapshot. */
  snapshot<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.leastBusyReader().exclusive((run) => inTransaction(run, 'BEGIN TRANSACTION READ ONLY', work));
  }

  async close(): Promise<void> {
    await Promise.all([this.writer, ...this.readers].map((c) => c.close()));
  }
}
