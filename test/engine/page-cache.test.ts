// Regression test for the L import crash (bench/lcrash-repro.md): a bulk load whose one
// transaction outgrows the embedded engine's page cache ran LadybugDB's pool full, and the
// rollback that followed segfaulted. Now the load refuses the COPY that would not fit, with an
// error that says so, before the pool runs full: nothing is written and the process lives on.
// The embedded engine's own (test/engine/ runs in the embedded project only).
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { PageCacheTooSmallError } from '../../src/graph/embedded/page-cache-budget.js';
import type { BulkBatch } from '../../src/graph/store.js';
import { importPageCacheMb } from '../../src/ingest/import/page-cache-size.js';
import { embedded } from '../conformance/engines.js';
import { actor, cite, relation } from '../helpers/fixtures.js';

const MIB = 2 ** 20;
const actors = Array.from({ length: 200 }, (_, i) => actor(`a-${i}`, 'ENTERPRISE', `企业${i}`));
// Long descriptions make the relations' COPY files large at a size a test can afford.
const relations = Array.from({ length: 20_000 }, (_, i) =>
  relation(`r-${i}`, 'PARTNERS_WITH', `a-${i % 200}`, `a-${(i * 7 + 1) % 200}`, 'ESTABLISHED', { description: `合作${i} ${'x'.repeat(1_000)}`, citations: cite('shared') }),
);

async function* load(): AsyncGenerator<BulkBatch> {
  yield { actors, relations: [], actorsDone: true };
  for (let i = 0; i < relations.length; i += 1_000) yield { actors: [], relations: relations.slice(i, i + 1_000) };
}

describe('the bulk load and the embedded page cache', () => {
  it('refuses a load that outgrows the page cache, before the engine pool runs full, writes nothing, and loads with a cache large enough', async () => {
    const small = await embedded.create({ bufferPoolBytes: 32 * MIB, embedded: (options) => new EmbeddedStore({ ...options, relationChunkRows: 2_000 }) });
    try {
      const refused = await small.store.bulkLoad?.(load()).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(PageCacheTooSmallError);
      expect((refused as PageCacheTooSmallError).neededMb).toBeGreaterThan(32);
      expect(await small.store.counts()).toEqual({ actors: 0, relations: 0 });
      // The store is still usable after the refusal: the engine did not fail under it.
      await small.store.upsert({ actors: actors.slice(0, 2), relations: [relations[0]!] });
      expect(await small.store.counts()).toEqual({ actors: 2, relations: 1 });
    } finally {
      await small.dispose();
    }
    const large = await embedded.create({ bufferPoolBytes: 256 * MIB, embedded: (options) => new EmbeddedStore({ ...options, relationChunkRows: 2_000 }) });
    try {
      expect(await large.store.bulkLoad?.(load())).toEqual({ actors: actors.length, relations: relations.length });
      expect(await large.store.counts()).toEqual({ actors: actors.length, relations: relations.length });
    } finally {
      await large.dispose();
    }
  }, 120_000);
});

describe('the import page cache size', () => {
  it('takes --buffer-mb, else EMBEDDED_BUFFER_MB (the option used to replace it with 1024), else sizes it from the files', () => {
    expect(importPageCacheMb({ option: 3000, env: 8192 }, 0)).toBe(3000);
    expect(importPageCacheMb({ env: 8192 }, 3e9)).toBe(8192);
    // M's files (311 MB) stay at 1 GiB; L's (3.1 GB) get what their one transaction needs.
    expect(importPageCacheMb({}, 311e6, 24 * 2 ** 30)).toBe(1024);
    const forL = importPageCacheMb({}, 3.12e9, 24 * 2 ** 30);
    expect(forL).toBeGreaterThan(7000);
    expect(forL).toBeLessThan(10_000);
    // Never most of a small machine's memory.
    expect(importPageCacheMb({}, 3.12e9, 4 * 2 ** 30)).toBe(3072);
  });
});
