// The embedded engine's bulk path: new actors, their names and all relations are written to
// temporary CSV files and loaded with COPY, which LadybugDB runs far faster than row-by-row
// MERGE/CREATE. Actors already stored go through the ordinary upsert statements, and the
// distinct citations the rows refer to are merged by key. Once the caller says no actor follows
// (`actorsDone`), relations are copied in chunks while the caller still reads and checks the
// rest. Everything happens inside the caller's transaction, so a failure anywhere — a broken
// row found after chunks were copied included — leaves the database as it was.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CitationGarbage } from '../citation-garbage.js';
import type { CitationsToStore } from '../citation-refs.js';
import { actorToRow, relationToRow, type ActorRow, type CitationEncoding } from '../codec.js';
import { IntegrityError } from '../errors.js';
import type { ActorRecord, RelationRecord } from '../model.js';
import type { BulkBatch, GraphCounts } from '../store.js';
import { CopyFile, copyStatement, listCell, stringCell } from './copy-file.js';
import { PageCacheBudget } from './page-cache-budget.js';
import { storeCitations, writeActors, type CitationStorage } from '../cypher-store.js';
import * as shared from '../cypher.js';
import type { Run } from '../engine-session.js';

/**
 * An actor as a COPY line in the Actor table's column order. Lists whose items CSV cannot carry
 * bare are written empty here and set afterwards (`needsLists`).
 */
function actorLine(row: ActorRow): { cells: string[]; needsLists: boolean } {
  const aliases = listCell(row.aliases);
  const keys = listCell(row.nameKeys);
  const cells = [
    stringCell(row.id),
    stringCell(row.kind),
    stringCell(row.name),
    stringCell(row.nameEn),
    aliases ?? '[]',
    stringCell(row.district),
    String(row.inDistrict),
    stringCell(row.description),
    stringCell(row.metrics),
    stringCell(row.citations),
    keys ?? '[]',
    stringCell(row.searchText),
  ];
  return { cells, needsLists: aliases === null || keys === null };
}

/**
 * A relation as a COPY line: the two endpoint keys first, then the properties. Ids (slugs), enums
 * and citation keys never need quotes; only free text and metrics go through stringCell.
 */
function relationLine(relation: RelationRecord, encoding: CitationEncoding): string {
  const row = relationToRow(relation, encoding);
  const free = `${stringCell(row.description)}\t${stringCell(row.metrics)}\t${stringCell(row.citations)}`;
  return `${row.from}\t${row.to}\t${row.id}\t${row.type}\t${row.status}\t${free}\t${row.basis}\t${stringCell(row.reasoning)}`;
}

async function storedIds(run: Run, actors: readonly ActorRecord[]): Promise<Set<string>> {
  return new Set((await run(shared.EXISTING_IDS, { ids: actors.map((a) => a.id) })).map((r) => String(r.id)));
}

function duplicate(what: string, id: string): IntegrityError {
  return new IntegrityError('the bulk load contradicts itself', [`${what} "${id}" appears twice`]);
}

/**
 * COPYs `file` once the page cache has room for it; turns COPY's own messages for broken keys
 * into the port's integrity errors.
 */
async function copy(run: Run, table: 'Actor' | 'ActorName' | 'RELATED_TO', file: CopyFile, budget: PageCacheBudget): Promise<void> {
  if (file.lines === 0) return;
  await file.finish();
  budget.claim(table === 'RELATED_TO' ? 'relation' : 'node', statSync(file.path).size);
  try {
    await run(copyStatement(table, file.path, !file.hasLineBreaks), {});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /Unable to find primary key value (.*?)\.?$/m.exec(message);
    if (missing) throw new IntegrityError('relations must join existing actors', [`unknown actor "${missing[1]}"`]);
    const taken = /duplicated primary key value (.*?),/.exec(message);
    if (taken) throw new IntegrityError('names must be unique across actors', [`"${taken[1]}" is claimed twice`]);
    throw error;
  }
}

/** Relations per COPY: each chunk is loaded while the next is staged. */
export const RELATION_CHUNK = 200_000;

/**
 * Relations staged in chunk files and copied one chunk after another, in the background, once
 * the actors are in (`start`): COPY runs on the engine's threads while the caller goes on reading.
 * Stored relations the load replaces are deleted chunk by chunk, just before their chunk.
 */
class RelationChunks {
  private current: CopyFile | null = null;
  private chunkIds: string[] = [];
  private readonly waiting: { file: CopyFile; ids: string[] }[] = [];
  private copying: Promise<void> = Promise.resolve();
  private stored: Set<string> | null = null;
  private failure: { error: unknown } | null = null;
  private count = 0;
  copied = 0;

  constructor(
    private readonly run: Run,
    private readonly directory: string,
    private readonly onCopied: (relations: number) => void,
    private readonly chunkRows: number,
    private readonly garbage: CitationGarbage,
    private readonly budget: PageCacheBudget,
  ) {}

  async add(id: string, line: string): Promise<void> {
    this.current ??= new CopyFile(join(this.directory, `relations-${this.count++}.csv`));
    await this.current.addLine(line);
    this.chunkIds.push(id);
    if (this.current.lines >= this.chunkRows) this.seal();
  }

  /** The actors are in: relation chunks may be copied from now on. */
  start(): void {
    if (this.stored) return;
    this.stored = new Set();
    this.enqueue(async () => {
      const rows = await this.run(shared.ALL_RELATION_IDS, {});
      this.stored = new Set(rows.map((r) => String(r.id)));
    });
    this.drain();
  }

  /** Copies what is left; throws what any COPY threw. */
  async finish(): Promise<void> {
    this.seal();
    this.start();
    await this.copying;
    if (this.failure) throw this.failure.error;
  }

  /** Stops copying and waits for the COPY under way: nothing may run on the transaction after it ends. */
  async stop(): Promise<void> {
    this.failure ??= { error: new Error('bulk load stopped') };
    await this.copying;
  }

  private seal(): void {
    if (this.current) this.waiting.push({ file: this.current, ids: this.chunkIds });
    this.current = null;
    this.chunkIds = [];
    this.drain();
  }

  private drain(): void {
    if (!this.stored) return;
    for (const chunk of this.waiting.splice(0)) {
      this.enqueue(async () => {
        const replaced = chunk.ids.filter((id) => this.stored?.has(id));
        await this.garbage.noteRelations(replaced);
        for (let i = 0; i < replaced.length; i += 10_000) await this.run(shared.DELETE_RELATIONS, { ids: replaced.slice(i, i + 10_000) });
        await copy(this.run, 'RELATED_TO', chunk.file, this.budget);
        this.copied += chunk.file.lines;
        this.onCopied(this.copied);
      });
    }
  }

  /** Runs `work` after the work before it; after a failure nothing more runs. */
  private enqueue(work: () => Promise<void>): void {
    this.copying = this.copying.then(async () => {
      if (this.failure) return;
      try {
        await work();
      } catch (error) {
        this.failure = { error };
      }
    });
  }

  files(): CopyFile[] {
    return [...(this.current ? [this.current] : []), ...this.waiting.map((c) => c.file)];
  }
}

export async function bulkLoad(
  run: Run,
  batches: AsyncIterable<BulkBatch>,
  storage: CitationStorage,
  onLoaded?: (rows: number) => void,
  chunkRows = RELATION_CHUNK,
  budget = new PageCacheBudget(Number.POSITIVE_INFINITY),
): Promise<GraphCounts> {
  const directory = mkdtempSync(join(tmpdir(), 'haidian-bulk-'));
  const actorFile = new CopyFile(join(directory, 'actors.csv'));
  const nameFile = new CopyFile(join(directory, 'names.csv'));
  const actorIds = new Set<string>();
  const relationIds = new Set<string>();
  const garbage = new CitationGarbage(run, storage.refs, storage.garbage);
  const relations = new RelationChunks(run, directory, (copied) => onLoaded?.(actorIds.size + copied), chunkRows, garbage, budget);
  const listsToSet: Pick<ActorRow, 'id' | 'aliases' | 'nameKeys'>[] = [];
  // Every citation the load refers to, once: the rows hold its key.
  const toStore: CitationsToStore = new Map();
  const encoding: CitationEncoding = { refs: storage.refs, toStore };
  let actorsLoaded = false;
  const loadActors = async () => {
    actorsLoaded = true;
    await copy(run, 'Actor', actorFile, budget);
    if (listsToSet.length > 0) await run(shared.SET_NAME_LISTS, { rows: listsToSet });
    await copy(run, 'ActorName', nameFile, budget);
    onLoaded?.(actorIds.size);
    relations.start();
  };
  try {
    // Ids given twice are refused here, across batches; a name claimed twice is refused by the
    // ActorName table's primary key when its file is copied (or by the claims of an upsert).
    for await (const batch of batches) {
      if (actorsLoaded && batch.actors.length > 0) throw new Error('bulk load: an actor came after actorsDone');
      const stored = batch.actors.length === 0 ? new Set<string>() : await storedIds(run, batch.actors);
      const updated: ActorRecord[] = [];
      for (const actor of batch.actors) {
        if (actorIds.has(actor.id)) throw duplicate('actor', actor.id);
        actorIds.add(actor.id);
        if (stored.has(actor.id)) {
          updated.push(actor);
          continue;
        }
        const row = actorToRow(actor, encoding);
        const { cells, needsLists } = actorLine(row);
        await actorFile.add(cells);
        if (needsLists) listsToSet.push({ id: row.id, aliases: row.aliases, nameKeys: row.nameKeys });
        for (const key of row.nameKeys) await nameFile.add([stringCell(key), stringCell(row.id)]);
      }
      // Only actors already stored go through MERGE: LadybugDB's COPY of relations misplaces
      // endpoints that were inserted (not updated) earlier in the same transaction.
      if (updated.length > 0) {
        await garbage.noteActors(updated.map((a) => a.id));
        await writeActors(run, updated, storage);
      }
      for (const relation of batch.relations) {
        if (relationIds.has(relation.id)) throw duplicate('relation', relation.id);
        relationIds.add(relation.id);
        await relations.add(relation.id, relationLine(relation, encoding));
      }
      // From here on relations are copied while the caller reads on.
      if (batch.actorsDone && !actorsLoaded) await loadActors();
    }
    // Relations may have come before their actors: then they are all copied now.
    if (!actorsLoaded) await loadActors();
    await relations.finish();
    await storeCitations(run, storage, toStore);
    await garbage.collect();
    return { actors: actorIds.size, relations: relationIds.size };
  } finally {
    await relations.stop();
    await Promise.all([actorFile, nameFile, ...relations.files()].map((f) => f.finish()));
    rmSync(directory, { recursive: true, force: true });
  }
}
