// The citations analytics carries in code (each gap type's §34 statement, each index's §40 plan)
// quote the report exactly.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAP_DETECTORS } from '../../src/analytics/gaps/index.js';
import { INDEX_DEFINITIONS } from '../../src/analytics/indices/definitions.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { readSeed } from '../../src/ingest/seed-files.js';

const documents = DocumentLibrary.fromDirectory(resolve('seed/sources'));
const findingIds = new Set(readSeed(resolve('seed')).findings.map((f) => f.id));

describe('analytics citations', () => {
  it.each(Object.values(GAP_DETECTORS))('$type quotes §34 and names a finding of the seed', ({ statement, findingId }) => {
    expect(documents.paragraph(statement.document, statement.paragraph)).toContain(statement.quote);
    expect(findingIds.has(findingId)).toBe(true);
  });

  it.each(INDEX_DEFINITIONS)('$id quotes §40 and is a finding of the seed', ({ citation, id }) => {
    expect(documents.paragraph(citation.document, citation.paragraph)).toContain(citation.quote);
    expect(findingIds.has(id)).toBe(true);
  });
});
