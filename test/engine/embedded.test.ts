// What is particular to the embedded engine: its files persist, and LadybugDB's one-writer rule
// is hidden behind the store (it refuses a second write transaction instead of waiting).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { Row } from '../../src/graph/engine-session.js';
import { actor, relation, smallGraph } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'haidian-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded engine', () => {
  it('reads the relations of many ends in one statement by actor offset, and per end only what that misses', async () => {
    const readPerEnd: string[] = [];
    class Counting extends EmbeddedStore {
      protected override relationRowsFromEndKeys(side: 'from' | 'to', idsByEnd: ReadonlyMap<string, readonly string[]>): Promise<Row[]> {
        readPerEnd.push(...idsByEnd.keys());
        return super.relationRowsFromEndKeys(side, idsByEnd);
      }
    }
    const store = new Counting({ path: join(dir, 'offsets.lbug') });
    await store.open();
    const firms = Array.from({ length: 40 }, (_, i) => actor(`o-firm-${i}`, 'ENTERPRISE', `偏移企业${i}`));
    const invests = firms.map((f, i) => relation(`o-inv-${i}`, 'INVESTS_IN', 'fund-a', f.id));
    await store.upsert(smallGraph());
    await store.upsert({ actors: firms, relations: invests });
    const ends = invests.map((r) => ({ from: r.from, to: r.to, lookupFrom: 'to' as const }));
    expect(await store.relationsByIds(invests.map((r) => r.id), ends)).toEqual(invests);
    expect(readPerEnd).toEqual([]);
    // A write forgets the offsets: an actor added since is found by offset too.
    const late = actor('o-late', 'ENTERPRISE', '后来企业');
    const lateRelation = relation('o-late-r', 'INVESTS_IN', 'fund-a', 'o-late');
    await store.upsert({ actors: [late], relations: [lateRelation] });
    expect(await store.relationsByIds(['o-late-r'], [{ from: 'fund-a', to: 'o-late', lookupFrom: 'to' }])).toEqual([lateRelation]);
    expect(readPerEnd).toEqual([]);
    // A relation gone is looked for once more from its end's key, then answered null.
    await store.deleteRelations(['o-inv-7']);
    expect(await store.relationsByIds(['o-inv-7', 'o-inv-8'], [ends[7], ends[8]] as typeof ends)).toEqual([null, invests[8]]);
    expect(readPerEnd).toEqual(['o-firm-7']);
    await store.close();
  });

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
