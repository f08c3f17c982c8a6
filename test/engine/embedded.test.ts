// What is particular to the embedded engine: its files persist, and LadybugDB's one-writer rule
// is hidden behind the store (it refuses a second write transaction instead of waiting).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { actor, relation, smallGraph } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'haidian-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded engine', () => {
  it('keeps its data across close and reopen', async () => {
    const path = join(dir, 'persist.lbug');
    const first = new EmbeddedStore({ path });
    await first.open();
    await first.upsert(smallGraph());
    await first.close();

    const second = new EmbeddedStore({ path });
    await second.open();
    expect(await second.counts()).toEqual({ actors: 6, relations: 4 });
    expect((await second.actorByName('BUAA'))?.id).toBe('buaa');
    await second.close();
  });

  it('serialises concurrent writes instead of failing them, while reads go on', async () => {
    const store = new EmbeddedStore({ path: join(dir, 'concurrent.lbug'), readers: 2 });
    await store.open();
    await store.upsert(smallGraph());
    const writes = Array.from({ length: 20 }, (_, i) =>
      store.upsert({
        actors: [actor(`c-${i}`, 'ENTERPRISE', `并发企业${i}`)],
        relations: [relation(`c-r-${i}`, 'INVESTS_IN', 'fund-a', `c-${i}`)],
      }),
    );
    const reads = Array.from({ length: 20 }, () => store.search('企业', { first: 5 }));
    await Promise.all([...writes, ...reads]);
    expect(await store.counts()).toEqual({ actors: 26, relations: 24 });
    await store.close();
  });
});
