// The embedded engine's EngineSession: statements run on LadybugDB connections (connections.ts),
// parameters passed as they are.
import type lbug from '@ladybugdb/core';
import type { EngineSession, Params, Row, Run } from '../engine-session.js';
import type { Statement } from '../cypher.js';
import type { ConnectionSet, Run as RunText } from './connections.js';

// Every value the store passes is a string, number, boolean, null or a list or object of them.
const asLbug = (params: object) => params as Record<string, lbug.LbugValue>;

const statementsOn =
  (run: RunText): Run =>
  <P extends string>(statement: Statement<P>, params: Params<P>) =>
    run(statement.text, asLbug(params));

export class EmbeddedSession implements EngineSession {
  constructor(private readonly connections: ConnectionSet) {}

  read: Run = <P extends string>(statement: Statement<P>, params: Params<P>): Promise<Row[]> =>
    this.connections.read(statement.text, asLbug(params));

  stream(statement: Statement<never>): AsyncIterable<Row> {
    return this.connections.stream(statement.text);
  }

  transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.connections.transaction((run) => work(statementsOn(run)));
  }

  /** Runs `work` in one read-only transaction: its statements read one snapshot of the graph. */
  snapshot<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.connections.snapshot((run) => work(statementsOn(run)));
  }
}
