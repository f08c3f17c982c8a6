// Nothing the report says is missing: every substantive paragraph contributes items.
import { describe, expect, it } from 'vitest';
import { paragraphCoverage, REPORT_SECTIONS, uncoveredSubstantive } from '../../src/ingest/seed-coverage.js';
import { documents, seed } from './seed-data.js';

const coverage = paragraphCoverage(seed, documents);
const section = (name: string) => {
  const s = REPORT_SECTIONS.find((x) => x.name.startsWith(name));
  if (!s) throw new Error(`no section ${name}`);
  return coverage.filter((p) => p.paragraph >= s.first && p.paragraph <= s.last);
};

describe('paragraph coverage', () => {
  it('leaves no substantive paragraph without an item', () => {
    expect(uncoveredSubstantive(coverage).map((p) => `§${p.paragraph} ${p.firstWords}`)).toEqual([]);
  });

  it('excuses in sections 一 and 二 only the headings and the introduction to the results', () => {
    const excused = [...section('一'), ...section('二')].filter((p) => p.nonSubstantive !== null).map((p) => p.paragraph);
    expect(excused).toEqual([10, 11, 15, 19, 22, 26, 29, 30]);
  });

  it('draws several items from every substantive paragraph of sections 一 and 二, and covers the plans of 三', () => {
    const thin = [...section('一'), ...section('二')].filter((p) => p.nonSubstantive === null && p.items < 4);
    expect(thin.map((p) => p.paragraph)).toEqual([]);
    expect(section('三').filter((p) => p.nonSubstantive === null && p.items === 0)).toEqual([]);
  });

  it('numbers paragraphs as documented: §12 opens 一是联合社会资本, §34 holds the problems, §40 the mechanisms', () => {
    expect(coverage[11]?.firstWords.startsWith('一是联合社会资本')).toBe(true);
    expect(documents.paragraph('haidian-2014', 34)).toContain('一是融合发展的统筹规划不到位');
    expect(documents.paragraph('haidian-2014', 40)).toContain('三大指数');
  });
});
