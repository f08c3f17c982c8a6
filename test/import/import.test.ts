// The importer on the test run's engine (embedded, or Neo4j in its vitest project): both formats, both write paths, idempotence, and
// broken files rejected row by row with nothing written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate/synthetic-graph.js';
import { sourcesDirectory, writeGraph } from '../../bench/generate/write-graph.js';
import { IntegrityError } from '../../src/graph/errors.js';
import type { GraphStore } from '../../src/graph/store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { ImportRejected, importFiles } from '../../src/ingest/import/import-files.js';
import { testEngine } from '../conformance/engines.js';
import { actor, relation } from '../helpers/fixtures.js';

/** The documents written beside generated files: what their citations quote. */
const sourcesOf = (files: string[]) => DocumentLibrary.fromDirectory(sourcesDirectory(join(files[0] ?? '', '..')));

/** The document the hand-made fixtures cite (test/helpers/fixtures.ts quotes each actor's name). */
function fixtureDocuments(): DocumentLibrary {
  const documents = new DocumentLibrary();
  documents.add('test-doc', '甲公司与乙公司在此。');
  return documents;
}

describe('import', () => {
  let dir: string;
  const opened: { store: GraphStore; dispose(): Promise<void> }[] = [];
  const newStore = async () => {
    const made = await testEngine.create();
    opened.push(made);
    return made.store;
  };
  // Neo4j holds one graph at a time: a test comparing two loads closes the first before the second.
  const closeStores = async () => {
    for (const o of opened.splice(0)) await o.dispose();
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'haidian-import-'));
  });
  afterEach(async () => {
    await closeStores();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a generated graph from CSV through the bulk path and from JSON Lines in batches, with the same result', async () => {
    const graph = generateGraph('XS', 7);
    const csv = await writeGraph(graph, join(dir, 'csv'), 'csv');
    const jsonl = await writeGraph(graph, join(dir, 'jsonl'), 'jsonl');
    const [first] = graph.actors();
    const bulk = await newStore();
    const viaBulk = await importFiles(csv, bulk, sourcesOf(csv));
    const loadedInBulk = await bulk.readAll();
    expect((await bulk.actorByName(first?.nameEn ?? ''))?.id).toBe(first?.id);
    await closeStores();

    const batches = await newStore();
    const viaBatches = await importFiles(jsonl, batches, sourcesOf(jsonl), { bulk: false, batchSize: 97 });

    expect(viaBulk).toMatchObject({ path: 'bulk', actors: graph.actorCount, relations: graph.relationCount });
    expect(viaBatches).toMatchObject({ path: 'batches', actors: graph.actorCount, relations: graph.relationCount });
    expect(await batches.readAll()).toEqual(loadedInBulk);
  });

  it('is idempotent: importing the same files again adds nothing, on either path', async () => {
    const files = await writeGraph(generateGraph('XS', 3), join(dir, 'csv'), 'csv');
    const store = await newStore();
    await importFiles(files, store, sourcesOf(files));
    const before = await store.readAll();
    await importFiles(files, store, sourcesOf(files));
    await importFiles(files, store, sourcesOf(files), { bulk: false });
    expect(await store.readAll()).toEqual(before);
  });

  it('rejects a corrupted file with errors naming file, line and field, and writes nothing', async () => {
    const [actorsFile, relationsFile] = await writeGraph(generateGraph('XS', 5), join(dir, 'csv'), 'csv');
    const lines = readFileSync(actorsFile ?? '', 'utf8').split('\n');
    lines[3] = lines[3]?.replace(/^([^,]*,)[^,]*/, '$1STARTUP') ?? '';
    lines[5] = lines[5]?.replace(/,(true|false),/, ',maybe,') ?? '';
    writeFileSync(actorsFile ?? '', lines.join('\n'));
    const rels = readFileSync(relationsFile ?? '', 'utf8').split('\n');
    rels[9] = rels[9]?.replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, '$1nobody-at-all') ?? '';
    writeFileSync(relationsFile ?? '', rels.join('\n'));

    const store = await newStore();
    await store.upsert({ actors: [actor('kept', 'FUND', '已有基金')], relations: [] });
    const rejected = await importFiles([actorsFile ?? '', relationsFile ?? ''], store, sourcesOf([actorsFile ?? ''])).catch((e: unknown) => e);

    expect(rejected).toBeInstanceOf(ImportRejected);
    const errors = (rejected as ImportRejected).errors.map((e) => `${e.file.endsWith('actors.csv') ? 'actors' : 'relations'}:${e.line}:${e.field}`);
    expect(errors).toEqual(['actors:4:kind', 'actors:6:inDistrict', 'relations:10:from']);
    expect((rejected as ImportRejected).message).toContain('actor "nobody-at-all" is neither in the import nor in the graph');
    expect(await store.counts()).toEqual({ actors: 1, relations: 0 });
  });

  it('names the line of a JSON Lines row that is not JSON or lacks its citation', async () => {
    const file = join(dir, 'bad.jsonl');
    const good = { item: 'actor', ...actor('a-1', 'ENTERPRISE', '甲公司') };
    const uncited: Record<string, unknown> = { item: 'actor', ...actor('a-2', 'ENTERPRISE', '乙公司') };
    delete uncited.citations;
    writeFileSync(file, [JSON.stringify(good), '', '{"item": "actor", ', JSON.stringify(uncited)].join('\n'));
    const store = await newStore();
    const rejected = (await importFiles([file], store, fixtureDocuments()).catch((e: unknown) => e)) as ImportRejected;
    expect(rejected.errors.map((e) => [e.line, e.field])).toEqual([
      [3, '(line)'],
      [4, 'citations'],
    ]);
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
  });

  it('holds citations to the rule of the seed and the API: an unknown document or a misquote names file, line and field', async () => {
    const file = join(dir, 'cited.jsonl');
    const good = { item: 'actor', ...actor('a-1', 'ENTERPRISE', '甲公司') };
    const elsewhere = { item: 'actor', ...actor('a-2', 'ENTERPRISE', '乙公司', { citations: [{ document: 'interview-2015', paragraph: 1, quote: '乙公司' }] }) };
    const misquoted = { item: 'relation', ...relation('r-1', 'PARTNERS_WITH', 'a-1', 'a-2', 'ESTABLISHED', { citations: [{ document: 'test-doc', paragraph: 1, quote: '丙公司' }] }) };
    writeFileSync(file, [good, elsewhere, misquoted].map((row) => JSON.stringify(row)).join('\n'));
    const store = await newStore();
    const rejected = (await importFiles([file], store, fixtureDocuments()).catch((e: unknown) => e)) as ImportRejected;
    expect(rejected).toBeInstanceOf(ImportRejected);
    expect(rejected.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, 'citations.0', 'document "interview-2015" is not on file (documents on file: test-doc)'],
      [3, 'citations.0', '"丙公司" is not in test-doc §1'],
    ]);
    expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
  });

  it('bulk load is all or nothing: a name already taken or an unknown endpoint leaves the graph unchanged', async () => {
    const store = await newStore();
    await store.upsert({ actors: [actor('buaa', 'UNIVERSITY', '北京航空航天大学', { aliases: ['北航'] })], relations: [] });
    const bulkLoad = store.bulkLoad?.bind(store);
    expect(bulkLoad).toBeDefined();
    async function* batches(...list: Parameters<GraphStore['upsert']>[0][]) {
      yield* list;
    }
    const newcomers = [actor('firm-1', 'ENTERPRISE', '甲公司'), actor('firm-2', 'ENTERPRISE', '乙公司', { aliases: ['北航'] })];
    await expect(bulkLoad?.(batches({ actors: newcomers, relations: [] }))).rejects.toThrow(IntegrityError);
    await expect(
      bulkLoad?.(batches({ actors: [actor('firm-3', 'ENTERPRISE', '丙公司')], relations: [] }, { actors: [], relations: [relation('r-1', 'PARTNERS_WITH', 'firm-3', 'ghost')] })),
    ).rejects.toThrow(/unknown actor "ghost"/);
    expect(await store.counts()).toEqual({ actors: 1, relations: 0 });
  });

  it('bulk load keeps text with tabs, line breaks, quotes and backslashes exactly, in every column', async () => {
    const store = await newStore();
    const odd = '\t tab\there, "quoted", back\\slash \\"escaped\\", line\nbreak, \r\n ';
    const a = actor('odd-text', 'ENTERPRISE', `"怪" ${odd}`, {
      nameEn: '"Quoted" \\ Co',
      description: odd,
      citations: [{ document: 'doc "x"', paragraph: 2, quote: `he said \\"${odd}\\"` }],
    });
    const b = actor('plain-end', 'FUND', '普通基金二', { description: 'ends with a quote "' });
    const r = relation('odd-rel', 'INVESTS_IN', 'plain-end', 'odd-text', 'ESTABLISHED', {
      description: odd,
      basis: 'INFERRED',
      reasoning: `because\t"${odd}"`,
      metrics: [{ name: 'amount', value: 1.5, unit: 'CNY', asOf: '2014', qualifier: 'ABOUT', citations: [{ document: 'd', paragraph: 1, quote: odd }] }],
    });
    await store.bulkLoad?.((async function* () {
      yield { actors: [a, b], relations: [r] };
    })());
    expect(await store.actorsByIds(['odd-text', 'plain-end'])).toEqual([a, b]);
    expect((await store.relationsOf(['odd-text'], {})).get('odd-text')).toEqual([r]);
  });

  it('bulk load keeps aliases that CSV lists cannot carry, such as ones with commas or quotes', async () => {
    const store = await newStore();
    const odd = actor('odd', 'ENTERPRISE', '怪名公司', { aliases: ['Smith, Jones & Co', 'the "odd" one', ' spaced '] });
    await store.bulkLoad?.((async function* () {
      yield { actors: [odd, actor('plain', 'FUND', '普通基金', { aliases: ['PF'] })], relations: [relation('r', 'INVESTS_IN', 'plain', 'odd')] };
    })());
    const [stored] = await store.actorsByIds(['odd']);
    expect(stored?.aliases).toEqual(odd.aliases);
    expect((await store.actorByName('smith jones & co'))?.id).toBe('odd');
    expect((await store.actorByName('pf'))?.id).toBe('plain');
    expect((await store.relationsOf(['odd'], {})).get('odd')?.map((r) => r.id)).toEqual(['r']);
  });
});
