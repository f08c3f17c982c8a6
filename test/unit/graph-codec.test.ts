// What the store reads back is checked on the way out: unknown enum values fail loudly, and the
// topology comes in chunks no larger than TOPOLOGY_CHUNK_ROWS.
import { describe, expect, it } from 'vitest';
import { rowToActor, rowToRelation } from '../../src/graph/codec.js';
import { BASES, RELATION_STATUSES, RELATION_TYPES } from '../../src/graph/model.js';
import { TOPOLOGY_CHUNK_ROWS } from '../../src/graph/store.js';
import { topologyChunks } from '../../src/graph/topology.js';

const actorRow = { id: 'a', kind: 'FUND', name: '甲', aliases: [], inDistrict: true, metrics: '[]', citations: '[]' };
const relationRow = { id: 'r', type: 'INVESTS_IN', status: 'ESTABLISHED', from: 'a', to: 'b', basis: 'STATED', metrics: '[]', citations: '[]' };

async function* rows<T>(count: number, make: (i: number) => T): AsyncGenerator<T> {
  for (let i = 0; i < count; i += 1) yield make(i);
}

describe('the codec', () => {
  it('reads a stored actor and relation back', () => {
    expect(rowToActor(actorRow)).toMatchObject({ id: 'a', kind: 'FUND' });
    expect(rowToRelation({ ...relationRow, basis: null })).toMatchObject({ type: 'INVESTS_IN', status: 'ESTABLISHED', basis: 'STATED' });
  });

  it('refuses a kind, type, status or basis this version does not know', () => {
    expect(() => rowToActor({ ...actorRow, kind: 'GUILD' })).toThrow(/kind/);
    expect(() => rowToRelation({ ...relationRow, type: 'OWNS' })).toThrow(/type/);
    expect(() => rowToRelation({ ...relationRow, status: 'RUMOURED' })).toThrow(/status/);
    expect(() => rowToRelation({ ...relationRow, basis: 'GUESSED' })).toThrow(/basis/);
  });
});

describe('topology chunks', () => {
  it('splits long streams at TOPOLOGY_CHUNK_ROWS, actors before relations', async () => {
    const actorCount = TOPOLOGY_CHUNK_ROWS + 3;
    const chunks = [];
    for await (const chunk of topologyChunks(
      rows(actorCount, (i) => ({ id: `a${i}`, kind: 'FUND', inDistrict: i % 2 === 0, district: null })),
      rows(2, (i) => ({ id: `r${i}`, from: 'a0', to: 'a1', type: 'SUPPORTS', status: 'PLANNED', basis: null })),
    )) {
      chunks.push(chunk);
    }
    expect(chunks.map((c) => [c.part, c.ids.length])).toEqual([
      ['actors', TOPOLOGY_CHUNK_ROWS],
      ['actors', 3],
      ['relations', 2],
    ]);
    // Relations come as codes (positions in the model's lists) and their ends as actor positions.
    const relations = chunks[2];
    if (relations?.part !== 'relations') throw new Error('expected a relation chunk');
    expect(relations.ids.toArray()).toEqual(['r0', 'r1']);
    expect([...relations.from, ...relations.to]).toEqual([0, 0, 1, 1]);
    expect([...relations.types].map((c) => RELATION_TYPES[c])).toEqual(['SUPPORTS', 'SUPPORTS']);
    expect([...relations.statuses].map((c) => RELATION_STATUSES[c])).toEqual(['PLANNED', 'PLANNED']);
    expect([...relations.bases].map((c) => BASES[c])).toEqual(['STATED', 'STATED']);
  });

  it('fails loudly on an unknown kind in the stream', async () => {
    const read = async () => {
      for await (const chunk of topologyChunks(rows(1, () => ({ id: 'x', kind: 'GUILD', inDistrict: true, district: null })), rows(0, () => ({})))) {
        void chunk;
      }
    };
    await expect(read()).rejects.toThrow(/actor kind "GUILD"/);
  });
});
