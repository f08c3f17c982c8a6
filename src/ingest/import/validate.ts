// The importer's first pass: every row of every file is checked — its fields with the model's
// zod schemas, its citations with the one citation rule, and against the other rows (duplicate
// ids, a name claimed by two actors) and the store (relation endpoints must exist) — before
// anything is written.
import type { z } from 'zod';
import { actorSchema, relationSchema } from '../../graph/model.js';
import { nameKeys } from '../../graph/names.js';
import type { GraphStore } from '../../graph/store.js';
import { citationProblems, type Cited } from '../citations.js';
import type { DocumentLibrary } from '../documents.js';
import { readItems, type SourceItem } from './read-items.js';

export interface RowError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface Validation {
  actors: number;
  relations: number;
  /** The first errors found, up to the limit. */
  errors: RowError[];
  errorCount: number;
}

export const MAX_REPORTED_ERRORS = 100;

export function formatRowError(e: RowError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.message}`;
}

type Where = Pick<SourceItem, 'file' | 'line'>;

class Findings {
  readonly errors: RowError[] = [];
  errorCount = 0;

  add(where: Where, field: string, message: string): void {
    this.errorCount += 1;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ file: where.file, line: where.line, field, message });
  }

  /** The row checked by `schema`, or null after recording each of its issues. */
  parse<T>(item: SourceItem, schema: z.ZodType<T>): T | null {
    const parsed = schema.safeParse(item.value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) this.add(item, issue.path.join('.') || '(row)', issue.message);
    return null;
  }

  /** Records each citation of the row that breaks the citation rule. */
  cited(where: Where, item: Cited, documents: DocumentLibrary): void {
    for (const problem of citationProblems(item, documents)) this.add(where, problem.path, problem.message);
  }

  /** Records `id` in `seen`; an error when it was there already. */
  unique(where: Where, seen: Set<string>, what: string, id: string): void {
    if (seen.has(id)) this.add(where, 'id', `${what} appears twice in the import`);
    seen.add(id);
  }
}

/** Checks every row against `store` and the cited `documents`; `onRow` is called after each one (progress). */
export async function validateFiles(
  files: readonly string[],
  store: GraphStore,
  documents: DocumentLibrary,
  onRow?: () => void,
): Promise<Validation> {
  const findings = new Findings();
  /** Ids of every actor row, valid or not: the endpoints relations may use. */
  const actorIds = new Set<string>();
  const seenActors = new Set<string>();
  const nameOwners = new Map<string, string>();
  const relationIds = new Set<string>();
  /** Endpoints not among the imported actors, with the first row that names each. */
  const outside = new Map<string, Where & { field: string }>();
  let actors = 0;
  let relations = 0;

  for await (const item of readItems(files)) {
    onRow?.();
    // A broken actor row does not make its relations wrong too: count the actor as present.
    if (item.type === 'actor' && typeof item.value.id === 'string') actorIds.add(item.value.id);
    if (item.error || item.type === null) {
      findings.add(item, item.error?.field ?? '(row)', item.error?.message ?? 'cannot be read');
      continue;
    }
    if (item.type === 'actor') {
      actors += 1;
      const actor = findings.parse(item, actorSchema);
      if (!actor) continue;
      findings.cited(item, actor, documents);
      findings.unique(item, seenActors, `actor "${actor.id}"`, actor.id);
      for (const key of nameKeys(actor)) {
        const owner = nameOwners.get(key);
        if (owner !== undefined && owner !== actor.id) findings.add(item, 'name', `name "${key}" is also claimed by actor "${owner}"`);
        else nameOwners.set(key, actor.id);
      }
    } else {
      relations += 1;
      const relation = findings.parse(item, relationSchema);
      if (!relation) continue;
      findings.cited(item, relation, documents);
      findings.unique(item, relationIds, `relation "${relation.id}"`, relation.id);
      for (const field of ['from', 'to'] as const) {
        const end = relation[field];
        if (!actorIds.has(end) && !outside.has(end)) outside.set(end, { file: item.file, line: item.line, field });
      }
    }
  }

  // Endpoints may be actors of a later file or already stored; check those last, in chunks.
  const unresolved = [...outside.keys()].filter((id) => !actorIds.has(id));
  for (let i = 0; i < unresolved.length; i += 1000) {
    const chunk = unresolved.slice(i, i + 1000);
    const stored = await store.actorsByIds(chunk);
    chunk.forEach((id, k) => {
      const where = outside.get(id);
      if (stored[k] === null && where) findings.add(where, where.field, `actor "${id}" is neither in the import nor in the graph`);
    });
  }
  findings.errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { actors, relations, errors: findings.errors, errorCount: findings.errorCount };
}
