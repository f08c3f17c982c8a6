// Every fact of the seed traces to words that really stand in the paragraph it cites.
import { describe, expect, it } from 'vitest';
import { batchCitationProblems } from '../../src/ingest/citations.js';
import { documents, seed } from './seed-data.js';

describe('seed citations', () => {
  it('quote, for every actor, relation, metric and finding, words that stand literally in the cited paragraph', () => {
    expect(batchCitationProblems(seed, documents)).toEqual([]);
  });

  it('cite only documents on file, so no citation escapes the check', () => {
    const cited = new Set(
      [...seed.actors, ...seed.relations]
        .flatMap((i) => [...i.citations, ...i.metrics.flatMap((m) => m.citations)])
        .concat(seed.findings.flatMap((f) => f.citations))
        .map((c) => c.document),
    );
    expect([...cited]).toEqual(['haidian-2014']);
    expect(documents.paragraphs('haidian-2014')).toHaveLength(41);
  });

  it('catch a quote that is not in its paragraph', () => {
    const [first] = seed.actors;
    if (!first) throw new Error('empty seed');
    const forged = { ...first, citations: [{ document: 'haidian-2014', paragraph: 12, quote: '清华大学出资1亿元' }] };
    expect(batchCitationProblems({ actors: [forged], relations: [] }, documents)).toHaveLength(1);
  });
});
