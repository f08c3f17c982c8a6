// Which paragraphs of the report the seed draws on. A paragraph is covered when at least one
// actor, relation, metric or finding cites it; the report's ceremonial paragraphs (title, address,
// headings, closing) are listed here with the reason they carry no fact.
import type { Citation } from '../graph/model.js';
import type { DocumentLibrary } from './documents.js';
import type { SeedContent } from './seed-files.js';

export const REPORT_DOCUMENT = 'haidian-2014';

/** The report's parts by paragraph range (inclusive), as numbered in seed/README.md. */
export const REPORT_SECTIONS = [
  { name: 'preamble', first: 1, last: 9 },
  { name: '一、主要工作', first: 10, last: 28 },
  { name: '二、主要工作成效与存在的问题', first: 29, last: 34 },
  { name: '三、下一步工作打算', first: 35, last: 40 },
  { name: 'closing', first: 41, last: 41 },
] as const;

/** Paragraphs that state no fact of their own, with the reason. */
export const NON_SUBSTANTIVE_PARAGRAPHS: ReadonlyMap<number, string> = new Map([
  [4, 'title page: the session'],
  [6, 'salutation'],
  [10, 'section heading 一'],
  [11, 'sub-heading （一）'],
  [15, 'sub-heading （二）'],
  [19, 'sub-heading （三）'],
  [22, 'sub-heading （四）'],
  [26, 'sub-heading （五）'],
  [29, 'section heading 二'],
  [30, 'introduction to the results, no fact of its own'],
  [35, 'section heading 三'],
]);

export interface ParagraphCoverage {
  paragraph: number;
  firstWords: string;
  /** Items (actors, relations, metrics, findings) citing the paragraph. */
  items: number;
  /** Why the paragraph needs no item, when it is ceremonial. */
  nonSubstantive: string | null;
}

/** Every citation of the seed, each with the item it belongs to. */
function citationsByItem(seed: SeedContent): Citation[][] {
  const lists: Citation[][] = [];
  for (const item of [...seed.actors, ...seed.relations]) {
    lists.push(item.citations);
    for (const metric of item.metrics) lists.push(metric.citations);
  }
  for (const finding of seed.findings) lists.push(finding.citations);
  return lists;
}

export function paragraphCoverage(seed: SeedContent, documents: DocumentLibrary, document = REPORT_DOCUMENT): ParagraphCoverage[] {
  const items = new Map<number, number>();
  for (const citations of citationsByItem(seed)) {
    const paragraphs = new Set(citations.filter((c) => c.document === document).map((c) => c.paragraph));
    for (const p of paragraphs) items.set(p, (items.get(p) ?? 0) + 1);
  }
  return documents.paragraphs(document).map((text, index) => ({
    paragraph: index + 1,
    firstWords: [...text].slice(0, 16).join(''),
    items: items.get(index + 1) ?? 0,
    nonSubstantive: NON_SUBSTANTIVE_PARAGRAPHS.get(index + 1) ?? null,
  }));
}

/** Substantive paragraphs no item cites: the coverage target is none. */
export function uncoveredSubstantive(coverage: readonly ParagraphCoverage[]): ParagraphCoverage[] {
  return coverage.filter((p) => p.items === 0 && p.nonSubstantive === null);
}
