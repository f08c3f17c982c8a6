// `npm run seed:report`: what the seed holds (actors by kind, relations by type and status) and
// which paragraphs of the report it leaves uncited. Exits 1 when a substantive paragraph is uncovered.
import { join } from 'node:path';
import { DocumentLibrary } from '../src/ingest/documents.js';
import { batchCitationProblems } from '../src/ingest/citations.js';
import { readSeed } from '../src/ingest/seed-files.js';
import { paragraphCoverage, REPORT_SECTIONS, uncoveredSubstantive } from '../src/ingest/seed-coverage.js';

const seedDir = process.argv[2] ?? 'seed';
const documents = DocumentLibrary.fromDirectory(join(seedDir, 'sources'));
const seed = readSeed(seedDir);

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function table(title: string, rows: [string, number][]): void {
  console.log(`\n${title}`);
  for (const [name, count] of rows) console.log(`  ${name.padEnd(22)} ${String(count).padStart(4)}`);
}

console.log(`seed: ${seed.actors.length} actors, ${seed.relations.length} relations, ${seed.findings.length} findings`);
table('actors by kind', countBy(seed.actors, (a) => a.kind));
table('relations by type', countBy(seed.relations, (r) => r.type));
table('relations by status', countBy(seed.relations, (r) => r.status));
table('findings by kind', countBy(seed.findings, (f) => f.kind));
const metrics = [...seed.actors, ...seed.relations].flatMap((i) => i.metrics);
table('metrics by unit', countBy(metrics, (m) => m.unit));

const coverage = paragraphCoverage(seed, documents);
console.log('\nparagraph coverage (items citing each paragraph)');
for (const section of REPORT_SECTIONS) {
  const inSection = coverage.filter((p) => p.paragraph >= section.first && p.paragraph <= section.last);
  console.log(`  ${section.name} §${section.first}–§${section.last}`);
  for (const p of inSection) {
    const note = p.items > 0 ? '' : p.nonSubstantive ? `  (non-substantive: ${p.nonSubstantive})` : '  ← UNCOVERED';
    console.log(`    §${String(p.paragraph).padEnd(3)} ${String(p.items).padStart(3)}  ${p.firstWords}${note}`);
  }
}

const uncovered = uncoveredSubstantive(coverage);
const withoutItems = coverage.filter((p) => p.items === 0);
console.log(`\nparagraphs with no extracted item: ${withoutItems.map((p) => `§${p.paragraph}`).join(' ') || 'none'}`);
console.log(`substantive paragraphs uncovered: ${uncovered.map((p) => `§${p.paragraph}`).join(' ') || 'none'}`);
const broken = batchCitationProblems(seed, documents);
if (broken.length > 0) console.log(`\ncitations not found in their paragraph:\n  ${broken.join('\n  ')}`);
if (uncovered.length > 0 || broken.length > 0) process.exit(1);
