// The embedded engine stores each citation once per (document, paragraph, quote) and refers to it
// by a key made from its content: what the API reads back is unchanged, through upserts and the
// bulk load alike, and a thousand relations citing one sentence store that sentence once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CitationRefs } from '../../src/graph/citation-refs.js';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { GraphBatch } from '../../src/graph/model.js';
import { actor, relation } from '../helpers/fixtures.js';

const shared = { document: 'test-doc', paragraph: 3, quote: '联合社会资本' };
const metric = { name: 'amount', value: 41_500_000, unit: 'CNY', asOf: '2014', qualifier: 'ABOUT' as const, citations: [shared] };

function graph(relations: number): GraphBatch {
  return {
    actors: [
      actor('fund', 'FUND', '基金', { citations: [shared, { document: 'test-doc', paragraph: 4, quote: '基金' }], metrics: [metric] }),
      actor('firm', 'ENTERPRISE', '企业', { citations: [shared] }),
    ],
    relations: Array.from({ length: relations }, (_, i) =>
      relation(`r-${i}`, 'INVESTS_IN', 'fund', 'firm', 'ESTABLISHED', { citations: [shared], metrics: i % 2 === 0 ? [metric] : [] }),
    ),
  };
}

async function* once(batch: GraphBatch): AsyncGenerator<GraphBatch> {
  yield batch;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

async function countCitations(path: string): Promise<number> {
  const database = new lbug.Database(path, 64 * 2 ** 20, true, true, 2 ** 32);
  await database.init();
  const connection = new lbug.Connection(database);
  try {
    const result = await connection.query('MATCH (c:Citation) RETURN count(c) AS n');
    const [row] = await (Array.isArray(result) ? result[0] : result)?.getAll() ?? [];
    return Number(row?.n);
  } finally {
    await connection.close();
    await database.close();
  }
}

describe('citations by reference on the embedded engine', () => {
  let dir: string;
  let store: EmbeddedStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'haidian-citations-'));
    store = new EmbeddedStore({ path: join(dir, 'graph.lbug') });
    await store.open();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['upsert', 'bulk load'] as const)('reads back what was written by %s, and stores each citation once', async (how) => {
    const written = graph(1000);
    if (how === 'upsert') await store.upsert(written);
    else await store.bulkLoad(once(written));

    const read = await store.readAll();
    expect(byId(read.actors)).toEqual(byId(written.actors));
    expect(byId(read.relations)).toEqual(byId(written.relations));
    expect(await store.relationsByIds(['r-0'])).toEqual([written.relations[0]]);
    await store.close();
    // A fresh process knows no key in memory: it reads the citations from the database.
    expect(await countCitations(join(dir, 'graph.lbug'))).toBe(2);
    store = new EmbeddedStore({ path: join(dir, 'graph.lbug') });
    await store.open();
    expect(await store.actorsByIds(['fund'])).toEqual([written.actors[0]]);
  });

  it('removes a citation in the write that drops its last reference: replace, delete, cascade, bulk re-load', async () => {
    const path = join(dir, 'graph.lbug');
    const stored = async () => {
      await store.close();
      const n = await countCitations(path);
      store = new EmbeddedStore({ path });
      await store.open();
      return n;
    };
    const only = (quote: string) => [{ document: 'test-doc', paragraph: 9, quote }];
    const written = graph(4);
    await store.upsert(written);
    expect(await stored()).toBe(2);

    // The fund no longer cites paragraph 4: that citation goes, the shared one stays.
    await store.upsert({ actors: [{ ...written.actors[0]!, citations: [shared] }], relations: [] });
    expect(await stored()).toBe(1);

    await store.upsert({ actors: [], relations: [relation('r-x', 'SUPPORTS', 'fund', 'firm', 'ESTABLISHED', { citations: only('x') })] });
    expect(await stored()).toBe(2);
    await store.deleteRelations(['r-x']);
    expect(await stored()).toBe(1);

    // Deleting an actor deletes its relations, and with them what only they cited.
    await store.upsert({
      actors: [actor('lab', 'RESEARCH_INSTITUTE', '实验室', { citations: only('lab') })],
      relations: [relation('r-lab', 'PARTNERS_WITH', 'lab', 'firm', 'ESTABLISHED', { citations: only('partner'), metrics: [{ ...metric, citations: only('m') }] })],
    });
    expect(await stored()).toBe(4);
    await store.deleteActors(['lab']);
    expect(await stored()).toBe(1);

    // A bulk load that replaces a relation drops what the old one alone cited.
    await store.bulkLoad(once({ actors: [], relations: [{ ...written.relations[0]!, citations: only('first') }] }));
    expect(await stored()).toBe(2);
    await store.bulkLoad(once({ actors: [], relations: [{ ...written.relations[0]!, citations: only('second') }] }));
    expect(await stored()).toBe(2);
    const read = await store.readAll();
    expect(read.relations.find((r) => r.id === 'r-0')?.citations).toEqual(only('second'));
    expect(read.relations).toHaveLength(4);
  });
});

describe('citation keys', () => {
  it('depend only on the content: two writers agree, and other words get another key', () => {
    const [a, b] = [new CitationRefs(), new CitationRefs()];
    expect(a.keyOf(shared)).toBe(b.keyOf({ ...shared }));
    expect(a.keyOf(shared)).not.toBe(a.keyOf({ ...shared, quote: '联合社会' }));
    expect(a.keyOf(shared)).not.toBe(a.keyOf({ ...shared, paragraph: 4 }));
    expect(a.keyOf(shared)).toMatch(/^[\w-]{11}$/);
  });
});
