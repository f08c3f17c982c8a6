// The ends a batch of relations is read from (LadybugDB reads every relation of an end): the
// cheapest reads for the shapes `connections` answers have, never dearer than each relation at its smaller end.
import { describe, expect, it } from 'vitest';
import { lookupSides, type Side } from '../../src/analytics/projection/lookup-sides.js';

/** Relations read by a choice: each chosen end's relations on its side, once. */
function cost(from: number[], to: number[], sides: Side[], outDegree: (a: number) => number, inDegree: (a: number) => number): number {
  const ends = new Set(sides.map((side, k) => (side === 'from' ? `out ${from[k]}` : `in ${to[k]}`)));
  return [...ends].reduce((sum, end) => sum + (end.startsWith('out') ? outDegree(Number(end.slice(4))) : inDegree(Number(end.slice(3)))), 0);
}

describe('lookupSides', () => {
  it('reads 150 investments of one fund among its 600 relations, not at 150 firms of 9 relations each', () => {
    const to = Array.from({ length: 150 }, (_, k) => k + 1);
    const sides = lookupSides(to.map(() => 0), to, (a) => (a === 0 ? 600 : 1), () => 9);
    expect(new Set(sides)).toEqual(new Set(['from']));
  });

  it('reads three investments of a hub fund (10⁴ relations) at the firms', () => {
    expect(lookupSides([0, 0, 0], [1, 2, 3], (a) => (a === 0 ? 10_000 : 1), () => 4)).toEqual(['to', 'to', 'to']);
  });

  it('covers every relation from one of its ends, and never costs more than each relation read at its smaller end', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const actors = 2 + random(30);
      const out = Array.from({ length: actors }, () => 1 + random(50));
      const into = Array.from({ length: actors }, () => 1 + random(50));
      const n = 1 + random(60);
      const from = Array.from({ length: n }, () => random(actors));
      const to = Array.from({ length: n }, () => random(actors));
      const sides = lookupSides(from, to, (a) => out[a] as number, (a) => into[a] as number);
      expect(sides).toHaveLength(n);
      expect(sides.every((side) => side === 'from' || side === 'to')).toBe(true);
      const smaller = from.map((f, k): Side => ((into[to[k] as number] as number) < (out[f] as number) ? 'to' : 'from'));
      expect(cost(from, to, sides, (a) => out[a] as number, (a) => into[a] as number)).toBeLessThanOrEqual(cost(from, to, smaller, (a) => out[a] as number, (a) => into[a] as number));
    }
  });
});
