import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { batchCitationProblems } from '../../src/ingest/citations.js';
import { readSeed, SeedError } from '../../src/ingest/seed-files.js';

const dirs: string[] = [];
function seedDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const goodActor = `
  - id: buaa
    kind: UNIVERSITY
    name: 北京航空航天大学
    inDistrict: true
    citations: [{ paragraph: 1, quote: 北航 }]`;

describe('reading seed files', () => {
  it('reads actors from nested folders and gives citations the file’s document', () => {
    const dir = seedDir({ 'a/universities.yaml': `document: doc-1\nactors:${goodActor}\n` });
    const seed = readSeed(dir);
    expect(seed.actors).toHaveLength(1);
    expect(seed.actors[0]?.citations).toEqual([{ document: 'doc-1', paragraph: 1, quote: '北航' }]);
    expect(seed.actors[0]?.aliases).toEqual([]);
  });

  it('names the file, the item and the field of every invalid item', () => {
    const dir = seedDir({
      'bad.yaml': `document: d\nactors:${goodActor}\n  - id: Bad Id\n    kind: CASTLE\n    name: 某\n    inDistrict: true\n    citations: []\n`,
    });
    let error: unknown;
    try {
      readSeed(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedError);
    const problems = (error as SeedError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bad\.yaml: actors\[1\] \(id "Bad Id"\): id: must be a lowercase slug/),
        expect.stringMatching(/bad\.yaml: actors\[1\] \(id "Bad Id"\): kind: /),
        expect.stringMatching(/bad\.yaml: actors\[1\] \(id "Bad Id"\): citations: every actor cites its source/),
      ]),
    );
  });

  it('refuses unknown fields and broken YAML with the file name', () => {
    const dir = seedDir({ 'x.yaml': `actors:\n  - { id: a, kind: FUND, name: 甲, inDistrict: true, colour: red, citations: [{document: d, paragraph: 1, quote: q}] }\n`, 'y.yaml': 'actors: [\n' });
    expect(() => readSeed(dir)).toThrow(/x\.yaml: actors\[0\] \(id "a"\): .*colour/);
    expect(() => readSeed(dir)).toThrow(/y\.yaml: not valid YAML/);
  });

  it('finds quotes that are not in the cited paragraph, and citations of documents not on file', () => {
    const docs = new DocumentLibrary();
    docs.add('doc-1', '第一段，北航在此。\n\n第二段。\n');
    const dir = seedDir({
      's.yaml': `document: doc-1\nactors:${goodActor}\n  - id: fund\n    kind: FUND\n    name: 基金\n    inDistrict: true\n    citations: [{ paragraph: 2, quote: 北航 }, { paragraph: 9, quote: 第二段 }, { document: doc-2, paragraph: 1, quote: 北航 }]\n`,
    });
    expect(batchCitationProblems(readSeed(dir), docs)).toEqual([
      'actor fund: "北航" is not in doc-1 §2',
      'actor fund: doc-1 has no paragraph 9',
      'actor fund: document "doc-2" is not on file (documents on file: doc-1)',
    ]);
  });
});
