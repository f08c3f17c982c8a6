// The Neo4j topology read names actors by their positions in the actor stream, which it sends
// to the server. An actor missing from the stream (written after the actors were read) must
// leave out its relations and nothing else: `collect` skips nulls, so a missing target that
// became null would shift every later target of its group onto the wrong relation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectionFromChunks, projectionOfBatch } from '../../src/analytics/projection/build.js';
import type { Projection } from '../../src/analytics/projection/projection.js';
import { TOPOLOGY_ACTORS } from '../../src/graph/cypher.js';
import { Neo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { Neo4jSession } from '../../src/graph/neo4j/session.js';
import { relationGroups, TOPOLOGY_PARTS } from '../../src/graph/neo4j/topology-read.js';
import { groupedTopologyChunks } from '../../src/graph/topology.js';
import type { Row } from '../../src/graph/engine-session.js';
import type { CreatedStore } from '../conformance/engines.js';
import { neo4jFromEnv } from '../conformance/neo4j-engine.js';
import { actor, relation } from '../helpers/fixtures.js';

const LATE = 'fund-late';
const engine = neo4jFromEnv(process.env);

/** Each relation as "id from → to", sorted. */
function relationsOf(p: Projection): string[] {
  return Array.from({ length: p.relationCount }, (_, r) => `${p.relationId(r)} ${p.id(p.relations.from[r] as number)} → ${p.id(p.relations.to[r] as number)} ${p.type(r)}`).sort();
}

async function* without(rows: AsyncIterable<Row>, id: string): AsyncGenerator<Row> {
  for await (const row of rows) if (row.id !== id) yield row;
}

describe.skipIf(!engine)('the grouped topology read on Neo4j', () => {
  let created: CreatedStore;
  let store: Neo4jStore;
  let session: Neo4jSession;

  beforeAll(async () => {
    created = await (engine as NonNullable<typeof engine>).create();
    if (!(created.store instanceof Neo4jStore)) throw new Error('the Neo4j engine made another store');
    store = created.store;
    session = new Neo4jSession(store.driver, { uri: 'test' });
    const actors = [actor('uni', 'UNIVERSITY', '大学'), actor(LATE, 'FUND', '基金'), ...['a', 'b', 'c'].map((k) => actor(`firm-${k}`, 'ENTERPRISE', `企业${k}`))];
    // The late fund sits between other targets of the university's group, and is a source too.
    const relations = [
      relation('r1', 'PARTNERS_WITH', 'uni', 'firm-a'),
      relation('r2', 'CO_FOUNDED', 'uni', LATE),
      relation('r3', 'PARTNERS_WITH', 'uni', 'firm-b'),
      relation('r4', 'INCUBATES', 'uni', 'firm-c'),
      relation('r5', 'INVESTS_IN', LATE, 'firm-a'),
      relation('r6', 'PARTNERS_WITH', 'firm-b', 'firm-c'),
    ];
    await store.upsert({ actors, relations });
  }, 60_000);

  afterAll(async () => {
    await created?.dispose();
  });

  it('leaves out the relations of an actor the actor stream did not hold, and keeps every other relation on its own ends', async () => {
    const read = await projectionFromChunks(groupedTopologyChunks(without(session.stream(TOPOLOGY_ACTORS), LATE), relationGroups(session, TOPOLOGY_PARTS)), 0);
    const all = await store.readAll();
    const expected = await projectionOfBatch({
      actors: all.actors.filter((a) => a.id !== LATE),
      relations: all.relations.filter((r) => r.from !== LATE && r.to !== LATE),
    });
    expect(read.indexOf(LATE)).toBe(-1);
    expect(relationsOf(read)).toEqual(relationsOf(expected));
    expect(relationsOf(read)).toEqual(['r1 uni → firm-a PARTNERS_WITH', 'r3 uni → firm-b PARTNERS_WITH', 'r4 uni → firm-c INCUBATES', 'r6 firm-b → firm-c PARTNERS_WITH']);
  });

  it('reads every relation once whatever the number of parts', async () => {
    for (const parts of [1, 2, 3, 7]) {
      const read = await projectionFromChunks(groupedTopologyChunks(session.stream(TOPOLOGY_ACTORS), relationGroups(session, parts)), 0);
      expect(relationsOf(read)).toHaveLength(6);
      expect(new Set(relationsOf(read)).size).toBe(6);
    }
  });
});
