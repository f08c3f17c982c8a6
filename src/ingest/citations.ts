// The one citation rule, applied alike to the seed, the importer and the API's writes: a
// citation names a document on file, a paragraph that document has, and words that stand
// literally in that paragraph. A document that is not on file is an error naming it: a quote
// nobody can check is not a basis for a fact. To cite a new source, put its text in the
// document library first (seed/sources/<id>.txt, see seed/README.md).
import type { Citation, Metric } from '../graph/model.js';
import type { DocumentLibrary } from './documents.js';

/** Anything that carries citations: actors and relations (with their metrics), findings. */
export interface Cited {
  citations: readonly Citation[];
  metrics?: readonly Metric[];
}

export interface CitationProblem {
  /** Where in the item, as a field path: "citations.1", "metrics.0.citations.0". */
  path: string;
  /** The metric the citation belongs to, when it is a metric's. */
  metric: string | null;
  message: string;
}

/** How many known documents an "is not on file" message lists. */
const LISTED_DOCUMENTS = 5;

function problemOf(citation: Citation, documents: DocumentLibrary): string | null {
  if (!documents.has(citation.document)) {
    const known = documents.ids();
    const listed = known.slice(0, LISTED_DOCUMENTS).join(', ') + (known.length > LISTED_DOCUMENTS ? ', …' : '');
    return `document "${citation.document}" is not on file (documents on file: ${listed || 'none'})`;
  }
  const text = documents.paragraph(citation.document, citation.paragraph);
  if (text === null) return `${citation.document} has no paragraph ${citation.paragraph}`;
  if (!text.includes(citation.quote)) return `"${citation.quote}" is not in ${citation.document} §${citation.paragraph}`;
  return null;
}

/** Every citation of `item` that breaks the rule, with where it stands. */
export function citationProblems(item: Cited, documents: DocumentLibrary): CitationProblem[] {
  const problems: CitationProblem[] = [];
  const check = (citations: readonly Citation[], prefix: string, metric: string | null) => {
    citations.forEach((citation, i) => {
      const message = problemOf(citation, documents);
      if (message) problems.push({ path: `${prefix}citations.${i}`, metric, message });
    });
  };
  check(item.citations, '', null);
  item.metrics?.forEach((m, i) => check(m.citations, `metrics.${i}.`, m.name));
  return problems;
}

/** The problems of a whole batch, one line each: `actor fund metric size: "…" is not in doc-1 §2`. */
export function batchCitationProblems(
  batch: { actors: readonly (Cited & { id: string })[]; relations: readonly (Cited & { id: string })[]; findings?: readonly (Cited & { id: string })[] },
  documents: DocumentLibrary,
): string[] {
  const lines: string[] = [];
  const groups = [
    ['actor', batch.actors],
    ['relation', batch.relations],
    ['finding', batch.findings ?? []],
  ] as const;
  for (const [what, items] of groups) {
    for (const item of items) {
      for (const p of citationProblems(item, documents)) lines.push(`${what} ${item.id}${p.metric ? ` metric ${p.metric}` : ''}: ${p.message}`);
    }
  }
  return lines;
}
