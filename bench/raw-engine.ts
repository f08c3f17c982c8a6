// The engine's own query, without the store, codec or API around it: the baseline every
// measured figure is divided by. Opens the database directly, so the store must be closed.
import lbug from '@ladybugdb/core';

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

  async query(cypher: string, params: Record<string, lbug.LbugValue>): Promise<unknown[]> {
    let statement = this.prepared.get(cypher);
    if (!statement) {
      statement = await this.connection.prepare(cypher);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      this.prepared.set(cypher, statement);
    }
    const result = await this.connection.execute(statement, params);
    const results = Array.isArray(result) ? result : [result];
    const rows: unknown[] = [];
    for (const r of results) rows.push(...(await r.getAll()));
    return rows;
  }

  async close(): Promise<void> {
    await this.connection.close();
    await this.database.close();
  }
}
