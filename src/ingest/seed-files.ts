// Reads the knowledge graph kept as YAML under seed/: each file holds `actors` and/or
// `relations`, and a `document` that its citations default to. Every item is validated;
// errors name the file, the item and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { actorSchema, findingSchema, relationSchema, type FindingRecord, type GraphBatch } from '../graph/model.js';

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`the seed is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedError';
  }
}

const seedFileSchema = z.strictObject({
  document: z.string().min(1).optional(),
  actors: z.array(z.unknown()).default([]),
  relations: z.array(z.unknown()).default([]),
  findings: z.array(z.unknown()).default([]),
});

/** What seed/ holds: the graph, and the report's own analysis (kept beside the graph, not in it). */
export interface SeedContent extends GraphBatch {
  findings: FindingRecord[];
}

/** Gives every citation object without a `document` the file's default one. */
function fillDocument(value: unknown, document: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => fillDocument(v, document));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, v]) => {
    if (key === 'citations' && Array.isArray(v) && document) {
      return [key, v.map((c: unknown) => (c && typeof c === 'object' && !('document' in c) ? { document, ...c } : c))];
    }
    return [key, fillDocument(v, document)];
  });
  return Object.fromEntries(entries);
}

function describe(item: unknown, index: number, list: string): string {
  const id = item && typeof item === 'object' && 'id' in item ? ` (id "${String(item.id)}")` : '';
  return `${list}[${index}]${id}`;
}

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`);
}

/** Every YAML file below `directory`, in path order; translations/ holds the notes' Chinese (src/api/translations.ts), not graph items. */
function seedFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((f) => (f.endsWith('.yaml') || f.endsWith('.yml')) && !f.startsWith(`translations${sep}`))
    .sort()
    .map((f) => join(directory, f));
}

export function readSeed(directory: string): SeedContent {
  const batch: SeedContent = { actors: [], relations: [], findings: [] };
  const problems: string[] = [];
  for (const path of seedFiles(directory)) {
    const name = relative(process.cwd(), path);
    let file: z.infer<typeof seedFileSchema>;
    try {
      const parsed = seedFileSchema.safeParse(parse(readFileSync(path, 'utf8')));
      if (!parsed.success) {
        problems.push(...issues(parsed.error).map((m) => `${name}: ${m}`));
        continue;
      }
      file = parsed.data;
    } catch (error) {
      problems.push(`${name}: not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const sections = [
      ['actors', file.actors, actorSchema, batch.actors],
      ['relations', file.relations, relationSchema, batch.relations],
      ['findings', file.findings, findingSchema, batch.findings],
    ] as const;
    for (const [list, items, schema, into] of sections) {
      items.forEach((item, index) => {
        const parsed = schema.safeParse(fillDocument(item, file.document));
        if (parsed.success) (into as unknown[]).push(parsed.data);
        else problems.push(...issues(parsed.error).map((m) => `${name}: ${describe(item, index, list)}: ${m}`));
      });
    }
  }
  if (problems.length > 0) throw new SeedError(problems);
  return batch;
}
