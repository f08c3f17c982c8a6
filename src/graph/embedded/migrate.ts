// Brings a database made by an earlier version up to the current schema, inside the opening
// transaction: relations move from the old `Rel` table (with or without basis and reasoning)
// into `RELATED_TO`, the label both engines use. A current database is left untouched.
import type { Run } from '../engine-session.js';
import * as q from './cypher.js';

export async function migrate(run: Run): Promise<void> {
  const tables = new Set((await run(q.TABLES, {})).map((row) => String(row.name)));
  if (!tables.has('Rel')) return;
  const columns = new Set((await run(q.OLD_RELATION_COLUMNS, {})).map((row) => String(row.name)));
  if (!columns.has('basis')) await run(q.ADD_OLD_BASIS, {});
  if (!columns.has('reasoning')) await run(q.ADD_OLD_REASONING, {});
  await run(q.MOVE_OLD_RELATIONS, {});
  await run(q.DROP_OLD_RELATIONS, {});
}
