// The importer's checks: every row of every file is checked — its fields with the model's zod
// schemas, its citations with the one citation rule (../citations.ts), and against the other rows (duplicate ids, a name claimed by two actors) and the
// store (relation endpoints must exist). The checker sees one row at a time, so the import
// reads its files once: rows are checked as they stream past and nothing is written until the
// last row has passed.
import type { z } from 'zod';
import { actorSchema, relationSchema, type ActorRecord, type RelationRecord } from '../../graph/model.js';
import { nameKeys } from '../../graph/names.js';
import type { GraphStore } from '../../graph/store.js';
import { citationProblems, type Cited } from '../citations.js';
import type { DocumentLibrary } from '../documents.js';
import { FastRows } from './fast-rows.js';
import { readItems, type OnRead, type SourceItem } from './read-items.js';

export interface RowError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface Validation {
  actors: number;
  relations: number;
  /** The first errors found, up to the limit, ordered by file and line. */
  errors: RowError[];
  errorCount: number;
}

export const MAX_REPORTED_ERRORS = 100;

export function formatRowError(e: RowError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.message}`;
}

type Where = Pick<SourceItem, 'file' | 'line'>;

/** Which of `ids` are actors of the graph: the store, or a question to the thread that holds it. */
export type StoredActors = (ids: string[]) => Promise<boolean[]>;

export function storedActorsOf(store: Pick<GraphStore, 'actorsByIds'>): StoredActors {
  return async (ids) => (await store.actorsByIds(ids)).map((actor) => actor !== null);
}

export type CheckedRow = { type: 'actor'; record: ActorRecord } | { type: 'relation'; record: RelationRecord };

export class RowChecker {
  private readonly errors: RowError[] = [];
  private errorCount = 0;
  /** Ids of every actor row, valid or not: the endpoints relations may use. */
  private readonly actorIds = new Set<string>();
  private readonly seenActors = new Set<string>();
  private readonly nameOwners = new Map<string, string>();
  private readonly relationIds = new Set<string>();
  /** Endpoints not (yet) among the imported actors, with the first row that names each. */
  private readonly outside = new Map<string, Where & { field: string }>();
  private actors = 0;
  private relations = 0;
  private readonly fast = new FastRows();
  /** The last citation list held to the citation rule and passed (the fast path repeats a repeated cell's array). */
  private lastCited: object | null = null;

  /** `documents`: what the rows' citations must quote. */
  constructor(private readonly documents: DocumentLibrary) {}

  get clean(): boolean {
    return this.errorCount === 0;
  }

  /** The row as a record when it passes, or null after recording what is wrong with it. */
  check(item: SourceItem): CheckedRow | null {
    // A broken actor row does not make its relations wrong too: count the actor as present.
    if (item.type === 'actor' && typeof item.value.id === 'string') this.actorIds.add(item.value.id);
    if (item.error || item.type === null) {
      this.add(item, item.error?.field ?? '(row)', item.error?.message ?? 'cannot be read');
      return null;
    }
    return item.type === 'actor' ? this.checkActor(item) : this.checkRelation(item);
  }

  private checkActor(item: SourceItem): CheckedRow | null {
    this.actors += 1;
    const actor = this.fast.actor(item.value) ?? this.parse(item, actorSchema);
    if (!actor) return null;
    let ok = this.cited(item, actor);
    ok = this.unique(item, this.seenActors, `actor "${actor.id}"`, actor.id) && ok;
    for (const key of nameKeys(actor)) {
      const owner = this.nameOwners.get(key);
      if (owner !== undefined && owner !== actor.id) {
        this.add(item, 'name', `name "${key}" is also claimed by actor "${owner}"`);
        ok = false;
      } else this.nameOwners.set(key, actor.id);
    }
    return ok ? { type: 'actor', record: actor } : null;
  }

  private checkRelation(item: SourceItem): CheckedRow | null {
    this.relations += 1;
    const relation = this.fast.relation(item.value) ?? this.parse(item, relationSchema);
    if (!relation) return null;
    const ok = this.cited(item, relation) && this.unique(item, this.relationIds, `relation "${relation.id}"`, relation.id);
    for (const field of ['from', 'to'] as const) {
      const end = relation[field];
      if (!this.actorIds.has(end) && !this.outside.has(end)) this.outside.set(end, { file: item.file, line: item.line, field });
    }
    return ok ? { type: 'relation', record: relation } : null;
  }

  /** Ends the checks: endpoints that are neither imported nor stored are the last errors. */
  async finish(stored: StoredActors): Promise<Validation> {
    // Endpoints may be actors of a later row or already stored; check those last, in chunks.
    const unresolved = [...this.outside.keys()].filter((id) => !this.actorIds.has(id));
    for (let i = 0; i < unresolved.length; i += 1000) {
      const chunk = unresolved.slice(i, i + 1000);
      const found = await stored(chunk);
      chunk.forEach((id, k) => {
        const where = this.outside.get(id);
        if (!found[k] && where) this.add(where, where.field, `actor "${id}" is neither in the import nor in the graph`);
      });
    }
    const errors = [...this.errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { actors: this.actors, relations: this.relations, errors, errorCount: this.errorCount };
  }

  private add(where: Where, field: string, message: string): void {
    this.errorCount += 1;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ file: where.file, line: where.line, field, message });
  }

  /** The row checked by `schema`, or null after recording each of its issues. */
  private parse<T>(item: SourceItem, schema: z.ZodType<T>): T | null {
    const parsed = schema.safeParse(item.value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) this.add(item, issue.path.join('.') || '(row)', issue.message);
    return null;
  }

  /** Records each citation of the row that breaks the citation rule; false when one does. */
  private cited(where: Where, item: Cited): boolean {
    const own = item.citations;
    const checkOwn = this.lastCited !== own;
    const problems = citationProblems(checkOwn ? item : { citations: [], metrics: item.metrics }, this.documents);
    for (const problem of problems) this.add(where, problem.path, problem.message);
    if (checkOwn) this.lastCited = problems.some((p) => p.metric === null) ? null : own;
    return problems.length === 0;
  }

  /** Records `id` in `seen`; false (and an error) when it was there already. */
  private unique(where: Where, seen: Set<string>, what: string, id: string): boolean {
    if (seen.has(id)) {
      this.add(where, 'id', `${what} appears twice in the import`);
      return false;
    }
    seen.add(id);
    return true;
  }
}

/** Checks every row against `store` and the cited `documents` without keeping any; `onRow` is called after each one (progress). */
export async function validateFiles(
  files: readonly string[],
  store: GraphStore,
  documents: DocumentLibrary,
  onRow?: () => void,
  onRead?: OnRead,
): Promise<Validation> {
  const checker = new RowChecker(documents);
  for await (const item of readItems(files, onRead)) {
    checker.check(item);
    onRow?.();
  }
  return checker.finish(storedActorsOf(store));
}
