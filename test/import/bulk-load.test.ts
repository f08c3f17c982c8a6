// The import's bulk path on every engine (Neo4j too when NEO4J_URI is set): the files are read
// once, a broken row writes nothing, and what a failure while writing leaves — nothing on the
// embedded engine (one transaction), a part that a re-run completes on Neo4j (idempotent batches).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate/synthetic-graph.js';
import { sourcesDirectory, writeGraph } from '../../bench/generate/write-graph.js';
import { IntegrityError } from '../../src/graph/errors.js';
import { bulkLoadInBatches } from '../../src/graph/neo4j/bulk-load.js';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { GraphBatch } from '../../src/graph/model.js';
import type { BulkBatch, GraphStore } from '../../src/graph/store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { ImportRejected, importFiles, type ImportPhase } from '../../src/ingest/import/import-files.js';
import { embedded, engines, testEngine } from '../conformance/engines.js';
import { actor } from '../helpers/fixtures.js';

/** The document the generated files cite, written beside them. */
const sourcesOf = (file: string) => DocumentLibrary.fromDirectory(sourcesDirectory(join(file, '..')));

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** The two stores hold the same actors and relations, in whatever order they were written. */
async function expectSameGraph(got: GraphStore, want: GraphStore): Promise<void> {
  const [a, b] = await Promise.all([got.readAll(), want.readAll()]);
  expect(byId(a.actors)).toEqual(byId(b.actors));
  expect(byId(a.relations)).toEqual(byId(b.relations));
}

// A busy shared machine makes Neo4j's first statements slow: room beyond the default 30 s.
const SLOW = 180_000;

describe.each(engines)('bulk import on $name', (engine) => {
  let dir: string;
  const opened: { store: GraphStore; dispose(): Promise<void> }[] = [];
  // Small COPY chunks on the embedded engine, so that relations are loaded while the rest is read.
  const open = async (which = engine) => {
    const made = await which.create({ embedded: (options) => new EmbeddedStore({ ...options, relationChunkRows: 20 }) });
    opened.push(made);
    return made.store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'haidian-bulk-import-'));
  });
  afterEach(async () => {
    // Neo4j shares one database: dispose in reverse so each store removes only its own graph.
    for (const o of opened.splice(0).reverse()) await o.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads each file once, relations before actors too, reports progress per phase and bumps the revision', async () => {
    const graph = generateGraph('XS', 11);
    const [actorsFile = '', relationsFile = ''] = await writeGraph(graph, join(dir, 'csv'), 'csv');
    const store = await open();
    const phases: [ImportPhase, number][] = [];
    let readBytes = 0;
    let loadedRows = 0;
    let phase: ImportPhase = 'read';
    const revision = await store.revision();
    const report = await importFiles([relationsFile, actorsFile], store, sourcesOf(actorsFile), {
      onPhase: (p, total) => {
        phase = p;
        phases.push([p, total]);
      },
      onProgress: (done) => (phase === 'read' ? (readBytes = done) : (loadedRows = done)),
    });

    const bytes = statSync(actorsFile).size + statSync(relationsFile).size;
    expect(phases).toEqual([
      ['read', bytes],
      ['load', graph.actorCount + graph.relationCount],
    ]);
    expect(readBytes).toBe(bytes);
    expect(loadedRows).toBe(graph.actorCount + graph.relationCount);
    expect(report).toMatchObject({ path: 'bulk', actors: graph.actorCount, relations: graph.relationCount });
    expect(await store.counts()).toEqual({ actors: graph.actorCount, relations: graph.relationCount });
    expect(await store.revision()).toBeGreaterThan(revision);
  }, SLOW);

  it('writes nothing when the last row of the relations file is broken', async () => {
    const [actorsFile = '', relationsFile = ''] = await writeGraph(generateGraph('XS', 12), join(dir, 'csv'), 'csv');
    const lines = readFileSync(relationsFile, 'utf8').trimEnd().split('\n');
    const last = lines.length;
    lines[last - 1] = lines[last - 1]?.replace(/,ESTABLISHED,|,PLANNED,|,INTENT,|,NEGOTIATING,/, ',RUMOURED,') ?? '';
    writeFileSync(relationsFile, `${lines.join('\n')}\n`);
    const store = await open();

    const rejected = await importFiles([actorsFile, relationsFile], store, sourcesOf(actorsFile)).catch((e: unknown) => e);

    expect(rejected).toBeInstanceOf(ImportRejected);
    expect((rejected as ImportRejected).errors.map((e) => `${e.line}:${e.field}`)).toEqual([`${last}:status`]);
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
  }, SLOW);
});

describe('a failure while writing', () => {
  const graph = generateGraph('XS', 13);
  const actors = [...graph.actors()];
  const relations = [...graph.relations()];
  const last = actors.at(-1);
  // A stored actor that owns the name of the load's last actor: found only when writing.
  const blocker = actor('blocker', 'GOVERNMENT', last?.name ?? '');
  async function* load(): AsyncGenerator<GraphBatch> {
    yield { actors, relations: [] };
    yield { actors: [], relations };
  }
  let store: GraphStore | undefined;
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
  });

  // Each engine fails in its own way: the test of the run's engine runs, the other is not a test of it.
  if (testEngine.name === 'embedded') it('leaves nothing on the embedded engine: the bulk load is one transaction', async () => {
    ({ store, dispose } = await embedded.create());
    await store.upsert({ actors: [blocker], relations: [] });
    await expect(store.bulkLoad?.(load())).rejects.toThrow(IntegrityError);
    expect(await store.counts()).toEqual({ actors: 1, relations: 0 });
  });

  if (testEngine.name === 'embedded') it('leaves nothing on the embedded engine when a row fails after relations were copied while reading', async () => {
    ({ store, dispose } = await embedded.create({ embedded: (options) => new EmbeddedStore({ ...options, relationChunkRows: 20 }) }));
    const loaded: number[] = [];
    async function* failingLate(): AsyncGenerator<BulkBatch> {
      yield { actors, relations: [], actorsDone: true };
      for (let i = 0; i < relations.length; i += 10) yield { actors: [], relations: relations.slice(i, i + 10) };
      // The importer ends its stream so when the last row is wrong; by then chunks were copied.
      await new Promise((resolve) => setTimeout(resolve, 200));
      throw new Error('the last row is wrong');
    }
    await expect(store.bulkLoad?.(failingLate(), (rows) => loaded.push(rows))).rejects.toThrow('the last row is wrong');
    expect(Math.max(...loaded)).toBeGreaterThan(actors.length);
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
  });

  const neo4j = testEngine;
  if (neo4j.name === 'neo4j') it('leaves the batches before it on Neo4j, and a re-run converges to the whole load', async () => {
    const reference = await embedded.create();
    try {
      await reference.store.bulkLoad?.(load());
      ({ store, dispose } = await neo4j.create());
      const target = store;
      await target.upsert({ actors: [blocker], relations: [] });

      await expect(bulkLoadInBatches(target, load(), undefined, 50)).rejects.toThrow(IntegrityError);
      const partial = await target.counts();
      expect(partial.actors).toBeGreaterThan(1);
      expect(partial.actors).toBeLessThan(actors.length + 1);
      expect(partial.relations).toBe(0);

      await target.deleteActors(['blocker']);
      await bulkLoadInBatches(target, load(), undefined, 50);
      await bulkLoadInBatches(target, load(), undefined, 50);
      await expectSameGraph(target, reference.store);
    } finally {
      await reference.dispose();
    }
  }, SLOW);

  // Skipped, not left out, without the import folder: CI (.ci/run) fails on a skipped Neo4j test.
  const importDir = process.env.NEO4J_IMPORT_DIR ?? '';
  if (neo4j.name === 'neo4j') it.skipIf(importDir === '')('loads through LOAD CSV from the import folder, refuses a name taken in the graph, and a re-run converges', async () => {
    const reference = await embedded.create();
    try {
      await reference.store.bulkLoad?.(load());
      ({ store, dispose } = await neo4j.create());
      const target = store;
      await target.upsert({ actors: [blocker], relations: [] });
      const before = new Set(readdirSync(importDir));

      await expect(target.bulkLoad?.(load())).rejects.toThrow(IntegrityError);
      expect((await target.counts()).relations).toBe(0);
      // Its files are removed from the server's import folder, failed or not.
      expect(readdirSync(importDir).filter((f) => !before.has(f))).toEqual([]);

      await target.deleteActors(['blocker']);
      await target.bulkLoad?.(load());
      await target.bulkLoad?.(load());
      await expectSameGraph(target, reference.store);
      expect(readdirSync(importDir).filter((f) => !before.has(f))).toEqual([]);
    } finally {
      await reference.dispose();
    }
  }, SLOW);
});
