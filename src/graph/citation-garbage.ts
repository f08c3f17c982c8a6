// Citations stored once and referenced by key (citation-refs.ts) are removed when nothing refers
// to them any more, in the same write transaction that dropped the last reference: a write
// notes the references the items it replaces or deletes held (before it changes them), and
// before it commits, those of the noted keys that no item refers to are deleted.
import type { CitationRefs } from './citation-refs.js';
import type { Statement } from './cypher.js';
import type { Run } from './engine-session.js';

/** The statements an engine that stores citations by reference gives the collector. */
export interface CitationGarbageStatements {
  refsOfActors: Statement<'ids'>;
  refsOfRelations: Statement<'ids'>;
  refsTouchingActors: Statement<'ids'>;
  usedByActor: Statement<'key'>;
  usedByRelation: Statement<'key'>;
  allActorRefs: Statement<never>;
  allRelationRefs: Statement<never>;
  remove: Statement<'keys'>;
}

/** Past this many candidates one scan of every reference is cheaper than a lookup per key. */
const LOOKUPS_AT_MOST = 64;
const CHUNK = 10_000;

export class CitationGarbage {
  private readonly candidates = new Set<string>();

  constructor(
    private readonly run: Run,
    private readonly refs: CitationRefs,
    private readonly statements: CitationGarbageStatements,
  ) {}

  /** Notes what the actors (and, with `touching`, every relation of theirs) refer to now, before they change. */
  async noteActors(ids: readonly string[], touching = false): Promise<void> {
    await this.note(this.statements.refsOfActors, ids);
    if (touching) await this.note(this.statements.refsTouchingActors, ids);
  }

  async noteRelations(ids: readonly string[]): Promise<void> {
    await this.note(this.statements.refsOfRelations, ids);
  }

  /** Deletes the noted citations nothing refers to any more; returns how many. */
  async collect(): Promise<number> {
    if (this.candidates.size === 0) return 0;
    const unused = this.candidates.size > LOOKUPS_AT_MOST ? await this.unusedByScan() : await this.unusedByLookups();
    for (let i = 0; i < unused.length; i += CHUNK) await this.run(this.statements.remove, { keys: unused.slice(i, i + CHUNK) });
    this.candidates.clear();
    return unused.length;
  }

  private async note(statement: Statement<'ids'>, ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      for (const row of await this.run(statement, { ids: ids.slice(i, i + CHUNK) })) this.refs.keysIn(row.citations, row.metrics, this.candidates);
    }
  }

  private async unusedByLookups(): Promise<string[]> {
    const unused: string[] = [];
    for (const key of this.candidates) {
      if ((await this.run(this.statements.usedByActor, { key })).length > 0) continue;
      if ((await this.run(this.statements.usedByRelation, { key })).length > 0) continue;
      unused.push(key);
    }
    return unused;
  }

  private async unusedByScan(): Promise<string[]> {
    const used = new Set<string>();
    for (const statement of [this.statements.allActorRefs, this.statements.allRelationRefs]) {
      for (const row of await this.run(statement, {})) this.refs.keysIn(row.citations, row.metrics, used);
    }
    return [...this.candidates].filter((key) => !used.has(key));
  }
}
