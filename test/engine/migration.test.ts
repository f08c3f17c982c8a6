// A database written by the previous version (relations in a table named Rel, without basis and
// reasoning) opens with this one: its relations move to RELATED_TO, read back as STATED, and
// the graph answers as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';

const dir = mkdtempSync(join(tmpdir(), 'haidian-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cite = JSON.stringify([{ document: 'test-doc', paragraph: 1, quote: 'old' }]);

/** The schema and data of version 0.1, written with LadybugDB directly. */
const OLD_LAYOUT = [
  `CREATE NODE TABLE Actor(id STRING PRIMARY KEY, kind STRING, name STRING, nameEn STRING, aliases STRING[],
     district STRING, inDistrict BOOLEAN, description STRING, metrics STRING, citations STRING,
     nameKeys STRING[], searchText STRING)`,
  `CREATE NODE TABLE ActorName(key STRING PRIMARY KEY, actorId STRING)`,
  `CREATE REL TABLE Rel(FROM Actor TO Actor, id STRING, type STRING, status STRING, description STRING, metrics STRING, citations STRING)`,
  `CREATE (:Actor {id: 'fund', kind: 'FUND', name: '老基金', aliases: [], inDistrict: true, metrics: '[]', citations: '${cite}',
     nameKeys: ['老基金'], searchText: '\n老基金\n'})`,
  `CREATE (:Actor {id: 'firm', kind: 'ENTERPRISE', name: '老企业', aliases: [], inDistrict: true, metrics: '[]', citations: '${cite}',
     nameKeys: ['老企业'], searchText: '\n老企业\n'})`,
  `CREATE (:ActorName {key: '老基金', actorId: 'fund'})`,
  `CREATE (:ActorName {key: '老企业', actorId: 'firm'})`,
  `MATCH (a:Actor {id: 'fund'}), (b:Actor {id: 'firm'})
   CREATE (a)-[:Rel {id: 'old-r', type: 'INVESTS_IN', status: 'ESTABLISHED', metrics: '[]', citations: '${cite}'}]->(b)`,
];

async function writeOldDatabase(path: string): Promise<void> {
  const database = new lbug.Database(path, 64 * 2 ** 20, true, false, 2 ** 32);
  await database.init();
  const connection = new lbug.Connection(database);
  for (const statement of OLD_LAYOUT) {
    const result = await connection.query(statement);
    for (const r of Array.isArray(result) ? result : [result]) r.close();
  }
  await connection.close();
  await database.close();
}

describe('opening a database of the previous layout', () => {
  it('moves its relations to RELATED_TO with basis STATED, and keeps working', async () => {
    const path = join(dir, 'old.lbug');
    await writeOldDatabase(path);
    const store = new EmbeddedStore({ path });
    await store.open();
    expect(await store.counts()).toEqual({ actors: 2, relations: 1 });
    const [moved] = await store.relationsByIds(['old-r']);
    expect(moved).toMatchObject({ from: 'fund', to: 'firm', type: 'INVESTS_IN', basis: 'STATED', reasoning: null });
    expect((await store.relationsOf(['firm'], {})).get('firm')?.map((r) => r.id)).toEqual(['old-r']);
    await store.deleteRelations(['old-r']);
    expect(await store.counts()).toEqual({ actors: 2, relations: 0 });
    await store.close();

    // Opening again finds nothing left to migrate.
    const again = new EmbeddedStore({ path });
    await again.open();
    expect(await again.counts()).toEqual({ actors: 2, relations: 0 });
    expect((await again.actorByName('老基金'))?.id).toBe('fund');
    await again.close();
  });
});
