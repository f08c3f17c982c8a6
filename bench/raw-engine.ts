// The engine's own query, without the store, codec or API around it: the baseline every
// measured figure is divided by. Opens the database directly, so the store must be closed.
import lbug from '@ladybugdb/core';
import { executePrepared, type Params } from '../src/graph/embedded/connections.js';

export class RawEngine {
  private constructor(
    private readonly database: lbug.Database,
    private readonly connection: lbug.Connection,
  ) {}

  static async open(path: string): Promise<RawEngine> {
    const database = new lbug.Database(path, 512 * 2 ** 20, true, true, 2 ** 36);
    await database.init();
    return new RawEngine(database, new lbug.Connection(database));
  }

  private readonly prepared = new Map<string, lbug.PreparedStatement>();

  query(cypher: string, params: Params): Promise<unknown[]> {
    return executePrepared(this.connection, this.prepared, cypher, params);
  }

  async close(): Promise<void> {
    await this.connection.close();
    await this.database.close();
  }
}
