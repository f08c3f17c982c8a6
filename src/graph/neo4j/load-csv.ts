// Neo4j's LOAD CSV path of the bulk load, for a server whose import folder this process can write
// (NEO4J_IMPORT_DIR: a server on the same machine). The staged rows are written there as one JSON
// object per CSV line, which the server reads itself in transactions of 10⁴ rows (CALL { }
// IN TRANSACTIONS): measured faster than UNWIND from the driver at S (bench/RESULTS.md). Each
// row replaces by id, as an upsert does, so a failure in the middle leaves the transactions
// before it and running the same load again converges to the graph a whole load gives.
import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { BufferedLines } from '../buffered-lines.js';
import { actorToRow, relationToRow } from '../codec.js';
import type { Run } from '../engine-session.js';
import { IntegrityError } from '../errors.js';
import type { ActorRecord, RelationRecord } from '../model.js';
import { LOAD_ACTORS, LOAD_RELATIONS } from './cypher.js';

/**
 * A row as one CSV cell: its JSON, with `\"` and `\\` written as \u escapes, so that no backslash
 * stands before a quote (Neo4j's CSV reader takes `\"` as an escaped quote), and quoted.
 */
export function jsonCell(row: object): string {
  const json = JSON.stringify(row).replace(/\\(["\\])/g, (_, c: string) => (c === '"' ? '\\u0022' : '\\u005c'));
  return `"${json.replaceAll('"', '""')}"`;
}

const CLAIMED_TWICE = /name claimed twice: ("[^"]*" of "[^"]*" already names "[^"]*")/;

/** A file in the server's import folder, removed when the load ends. */
class ImportFolderFile {
  readonly name = `haidian-import-${randomUUID()}.csv`;
  private readonly lines: BufferedLines;

  constructor(private readonly directory: string) {
    this.lines = new BufferedLines(join(directory, this.name));
  }

  add(line: string): Promise<void> {
    return this.lines.add(line);
  }

  close(): Promise<void> {
    return this.lines.end();
  }

  remove(): void {
    rmSync(join(this.directory, this.name), { force: true });
  }
}

/**
 * Loads the rows with LOAD CSV: actors first, then relations. `run` must run auto-commit
 * statements (CALL { } IN TRANSACTIONS cannot run inside a transaction).
 */
export async function loadCsv(
  run: Run,
  importDir: string,
  actors: AsyncIterable<ActorRecord[]>,
  relations: AsyncIterable<RelationRecord[]>,
): Promise<void> {
  const files = [new ImportFolderFile(importDir), new ImportFolderFile(importDir)] as const;
  try {
    for await (const list of actors) for (const actor of list) await files[0].add(jsonCell(actorToRow(actor)));
    for await (const list of relations) for (const relation of list) await files[1].add(jsonCell(relationToRow(relation)));
    await Promise.all(files.map((f) => f.close()));
    try {
      await run(LOAD_ACTORS, { url: `file:///${files[0].name}` });
    } catch (error) {
      const claimed = CLAIMED_TWICE.exec(error instanceof Error ? error.message : String(error));
      if (claimed) throw new IntegrityError('names must be unique across actors', [`name ${claimed[1]}`]);
      throw error;
    }
    await run(LOAD_RELATIONS, { url: `file:///${files[1].name}` });
  } finally {
    await Promise.all(files.map((f) => f.close().catch(() => undefined)));
    for (const file of files) file.remove();
  }
}
