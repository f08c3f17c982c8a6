// Writes a generated graph in one of the import formats (docs/import.md), streaming, so that
// even the L graph never sits in memory.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTOR_COLUMNS,
  actorCsvCells,
  csvLine,
  jsonLine,
  RELATION_COLUMNS,
  relationCsvCells,
} from '../../src/ingest/import/formats.js';
import type { GeneratedGraph } from './synthetic-graph.js';

export type OutputFormat = 'csv' | 'jsonl';

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Where writeGraph puts the document the graph cites: import with `--documents <this>`. */
export const sourcesDirectory = (directory: string) => join(directory, 'sources');

/** Writes the graph into `directory`, and its cited document under sources/; returns the graph files, actors first. */
export async function writeGraph(graph: GeneratedGraph, directory: string, format: OutputFormat): Promise<string[]> {
  mkdirSync(sourcesDirectory(directory), { recursive: true });
  writeFileSync(join(sourcesDirectory(directory), `${graph.source.id}.txt`), graph.source.text);
  if (format === 'jsonl') {
    const file = join(directory, 'graph.jsonl');
    await writeLines(file, (function* () {
      for (const a of graph.actors()) yield jsonLine('actor', a);
      for (const r of graph.relations()) yield jsonLine('relation', r);
    })());
    return [file];
  }
  const actorsFile = join(directory, 'actors.csv');
  const relationsFile = join(directory, 'relations.csv');
  await writeLines(actorsFile, (function* () {
    yield csvLine(ACTOR_COLUMNS);
    for (const a of graph.actors()) yield csvLine(actorCsvCells(a));
  })());
  await writeLines(relationsFile, (function* () {
    yield csvLine(RELATION_COLUMNS);
    for (const r of graph.relations()) yield csvLine(relationCsvCells(r));
  })());
  return [actorsFile, relationsFile];
}
