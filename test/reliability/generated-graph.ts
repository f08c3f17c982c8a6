// A generated graph of a given size, every item cited, ids tagged so batches never collide.
import type { ActorKind, GraphBatch } from '../../src/graph/model.js';

const KINDS: ActorKind[] = ['ENTERPRISE', 'FUND', 'UNIVERSITY', 'INCUBATOR', 'RESEARCH_INSTITUTE'];
const cite = [{ document: 'generated', paragraph: 1, quote: 'generated for a reliability test' }];

/** `actors` actors and `relations` relations (each from actor i to actor (i·7+1) mod n). */
export function generatedGraph(tag: string, actors: number, relations: number): GraphBatch {
  const id = (i: number) => `${tag}-a${i}`;
  return {
    actors: Array.from({ length: actors }, (_, i) => ({
      id: id(i),
      kind: KINDS[i % KINDS.length] ?? 'ENTERPRISE',
      name: `${tag}企业${i}`,
      nameEn: `${tag} Company ${i}`,
      aliases: [`${tag}-alias-${i}`],
      district: i % 3 === 0 ? '朝阳区' : '海淀区',
      inDistrict: i % 3 !== 0,
      description: null,
      metrics: [{ name: 'employees', value: i, unit: 'PERSON', asOf: '2014', qualifier: 'EXACT' as const, citations: cite }],
      citations: cite,
    })),
    relations: Array.from({ length: relations }, (_, i) => ({
      id: `${tag}-r${i}`,
      type: 'INVESTS_IN' as const,
      status: 'ESTABLISHED' as const,
      from: id(i % actors),
      to: id((i * 7 + 1) % actors),
      description: null,
      basis: 'STATED' as const,
      metrics: [],
      citations: cite,
    })),
  };
}
