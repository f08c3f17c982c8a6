// Relations grouped by source, as the Neo4j read sends them (positions among the streamed actors,
// relation ids joined a few to a string), become the same chunks as one row per relation; a
// malformed group is an error, never relations on the wrong ends.
import { describe, expect, it } from 'vitest';
import { projectionFromChunks, projectionOfBatch } from '../../src/analytics/projection/build.js';
import type { Projection } from '../../src/analytics/projection/projection.js';
import { SeparatedValues } from '../../src/graph/packed-strings.js';
import { groupedTopologyChunks, RELATION_ID_END, type RelationGroup } from '../../src/graph/topology.js';
import { actor, relation } from '../helpers/fixtures.js';

type Row = Record<string, unknown>;

const actors = [actor('uni', 'UNIVERSITY', '大学'), actor('fund', 'FUND', '基金'), actor('firm', 'ENTERPRISE', '企业')];

async function* rows(): AsyncGenerator<Row> {
  for (const a of actors) yield { id: a.id, kind: a.kind, inDistrict: a.inDistrict, district: a.district };
}

/** A code as the statement computes it: type·64 + status·8 + basis. */
const code = (type: number, status = 0, basis = 0) => type * 64 + status * 8 + basis;
const joined = (...ids: string[]) => ids.map((id) => id + RELATION_ID_END).join('');

function read(groups: RelationGroup[]): Promise<Projection> {
  return projectionFromChunks(
    groupedTopologyChunks(rows(), async function* () {
      yield* groups;
    }),
    0,
  );
}

function relationsOf(p: Projection): string[] {
  return Array.from({ length: p.relationCount }, (_, r) => `${p.relationId(r)} ${p.id(p.relations.from[r] as number)}→${p.id(p.relations.to[r] as number)} ${p.type(r)} ${p.status(r)}`).sort();
}

describe('groupedTopologyChunks', () => {
  it('reads positions, codes and ids split across strings into the projection of the records', async () => {
    // uni (position 0) → fund, firm; fund (1) → firm. Ids split 1 + 2 across strings.
    const p = await read([
      { source: 0, ids: [joined('r-uni-fund'), joined('r-uni-firm')], targets: [1, 2], codes: [code(0), code(3, 1)] },
      { source: 1, ids: [joined('r-fund-firm')], targets: [2], codes: [code(1, 0, 1)] },
    ]);
    const records = await projectionOfBatch({
      actors,
      relations: [
        relation('r-uni-fund', 'CO_FOUNDED', 'uni', 'fund'),
        relation('r-uni-firm', 'INCUBATES', 'uni', 'firm', 'PLANNED'),
        relation('r-fund-firm', 'INVESTS_IN', 'fund', 'firm', 'ESTABLISHED', { basis: 'INFERRED', reasoning: 'test' }),
      ],
    });
    expect(relationsOf(p)).toEqual(relationsOf(records));
    const inferred = Array.from({ length: p.relationCount }, (_, r) => r).filter((r) => p.relations.bases[r] === 1);
    expect(inferred.map((r) => p.relationId(r))).toEqual(['r-fund-firm']);
  });

  it('leaves out a relation to an actor the stream did not hold (-1) and keeps the rest of its group aligned', async () => {
    const p = await read([{ source: 0, ids: [joined('r-a', 'r-late', 'r-b')], targets: [1, -1, 2], codes: [code(0), code(1), code(3)] }]);
    expect(relationsOf(p)).toEqual(['r-a uni→fund CO_FOUNDED ESTABLISHED', 'r-b uni→firm INCUBATES ESTABLISHED']);
  });

  it('fails on a group whose lists disagree, a position out of range or a code outside the model', async () => {
    await expect(read([{ source: 0, ids: [joined('r-a')], targets: [1, 2], codes: [0, 0] }])).rejects.toThrow(/malformed group/);
    await expect(read([{ source: 0, ids: [joined('r-a', 'r-b')], targets: [1, 2], codes: [0] }])).rejects.toThrow(/malformed group/);
    await expect(read([{ source: 3, ids: [joined('r-a')], targets: [1], codes: [0] }])).rejects.toThrow(/malformed group/);
    await expect(read([{ source: 0, ids: [joined('r-a')], targets: [7], codes: [0] }])).rejects.toThrow(/target position 7/);
    await expect(read([{ source: 0, ids: [joined('r-a')], targets: [1], codes: [-1] }])).rejects.toThrow(/relation "r-a" with a type, status or basis/);
  });
});

describe('SeparatedValues', () => {
  it('splits on the separator across strings, multi-byte values included, and is reusable', () => {
    const values = new SeparatedValues();
    values.read(['a\n北京-', '海淀\n\nlast\n'], '\n');
    expect(Array.from({ length: values.count }, (_, i) => values.at(i))).toEqual(['a', '北京-海淀', '', 'last']);
    values.read([], '\n');
    expect(values.count).toBe(0);
    const many = Array.from({ length: 5_000 }, (_, i) => `relation-${i}`);
    values.read(many.map((v) => `${v}\n`), '\n');
    expect(Array.from({ length: values.count }, (_, i) => values.at(i))).toEqual(many);
  });

  it('refuses a text that does not end with its separator, and a separator that is not one ASCII character', () => {
    expect(() => new SeparatedValues().read(['a\n', 'b'], '\n')).toThrow(/does not end/);
    expect(() => new SeparatedValues().read(['a、'], '、')).toThrow(/one ASCII character/);
  });
});
