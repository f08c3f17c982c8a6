// The embedded engine's topology read: LadybugDB writes the columns to files itself (COPY … TO,
// in its own threads, from one read-only snapshot) and they are parsed here as bytes. Reading the
// same 10⁶ relations as rows made a JavaScript object and six strings per row: about 9 CPU s at
// M, a third of it garbage collection, against about 1 s this way.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Run } from '../engine-session.js';
import { ACTOR_KINDS, BASES, RELATION_STATUSES, RELATION_TYPES } from '../model.js';
import { TOPOLOGY_CHUNK_ROWS, type TopologyChunk } from '../store.js';
import { RelationChunkBuilder } from '../topology.js';
import { engineFile, exportTopologyActors, exportTopologyRelations, TOPOLOGY_DISTRICTS } from './cypher.js';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const QUOTE = 0x22;

interface Exported {
  districts: string[];
  actors: Buffer;
  relations: Buffer;
}

/** Thrown when an exported file is not what the parser reads (a quoted id): the caller reads rows instead. */
export class NotExportable extends Error {}

/** Writes the topology of one snapshot to files and reads them back; the files are removed at once. */
export async function exportTopology(snapshot: <T>(work: (run: Run) => Promise<T>) => Promise<T>): Promise<Exported> {
  const dir = await mkdtemp(join(tmpdir(), 'haidian-topology-'));
  try {
    const actorsFile = engineFile(join(dir, 'actors.csv'));
    const relationsFile = engineFile(join(dir, 'relations.csv'));
    const districts = await snapshot(async (run) => {
      const names = (await run(TOPOLOGY_DISTRICTS, {})).map((row) => String(row.district));
      // LadybugDB cannot type an empty list parameter; with no district at all any one name does.
      await run(exportTopologyActors(actorsFile), { kinds: [...ACTOR_KINDS], districts: names.length > 0 ? names : [''] });
      await run(exportTopologyRelations(relationsFile), { types: [...RELATION_TYPES], statuses: [...RELATION_STATUSES], bases: [...BASES] });
      return names;
    });
    const [actors, relations] = await Promise.all([readFile(actorsFile), readFile(relationsFile)]);
    // Ids are slugs; one written by some other tool could hold a comma and come quoted.
    if (actors.includes(QUOTE) || relations.includes(QUOTE)) throw new NotExportable('an exported id is quoted');
    return { districts, actors, relations };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads the numbers and the trailing id of each line, a chunk at a time, with an event-loop turn between chunks. */
export async function* chunksOfExport({ districts, actors, relations }: Exported): AsyncGenerator<TopologyChunk> {
  const lines = new LineReader(actors);
  const positionOfOffset: number[] = [];
  let position = 0;
  while (!lines.done) {
    const ids: string[] = [];
    const kinds = new Uint8Array(TOPOLOGY_CHUNK_ROWS);
    const inDistrict = new Uint8Array(TOPOLOGY_CHUNK_ROWS);
    const actorDistricts: (string | null)[] = [];
    for (let i = 0; i < TOPOLOGY_CHUNK_ROWS && !lines.done; i++) {
      positionOfOffset[lines.number()] = position++;
      kinds[i] = code(lines.number(), ACTOR_KINDS, 'actor kind');
      inDistrict[i] = lines.number();
      const district = lines.number();
      actorDistricts.push(district === 0 ? null : (districts[district - 1] as string));
      ids.push(lines.rest());
    }
    yield { part: 'actors', ids, kinds: kinds.slice(0, ids.length), inDistrict: inDistrict.slice(0, ids.length), districts: actorDistricts };
    await nextTurn();
  }

  const rows = new LineReader(relations);
  const chunk = new RelationChunkBuilder();
  const at = (offset: number) => {
    const found = positionOfOffset[offset];
    if (found === undefined) throw new Error(`topology export: a relation ends at actor offset ${offset}, which the actor export does not hold`);
    return found;
  };
  while (!rows.done) {
    const from = at(rows.number());
    const to = at(rows.number());
    const type = code(rows.number(), RELATION_TYPES, 'relation type');
    const status = code(rows.number(), RELATION_STATUSES, 'relation status');
    const basis = code(rows.number(), BASES, 'relation basis');
    rows.restInto((bytes, start, end) => chunk.ids.pushBytes(bytes, start, end));
    chunk.add(from, to, type, status, basis);
    if (chunk.full) {
      yield chunk.take();
      await nextTurn();
    }
  }
  if (chunk.length > 0) yield chunk.take();
}

/** A list position (1-based, 0 = not in the list) as a code; 0 means the database holds a value outside the model. */
function code(position: number, allowed: readonly string[], field: string): number {
  if (position < 1 || position > allowed.length) throw new Error(`the database holds a ${field} that is not one of ${allowed.join(', ')}`);
  return position - 1;
}

/** Lines of comma-separated unsigned integers ending in one unquoted text field. */
class LineReader {
  private at = 0;
  constructor(private readonly bytes: Buffer) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** The next field, an unsigned integer followed by a comma. */
  number(): number {
    const { bytes } = this;
    let value = 0;
    let i = this.at;
    for (let b = bytes[i] as number; b !== COMMA; b = bytes[++i] as number) {
      if (b < 0x30 || b > 0x39) throw new Error(`topology export: unexpected byte ${b} at ${i}`);
      value = value * 10 + (b - 0x30);
    }
    this.at = i + 1;
    return value;
  }

  /** The rest of the line as a string. */
  rest(): string {
    let text = '';
    this.restInto((bytes, start, end) => (text = bytes.toString('utf8', start, end)));
    return text;
  }

  /** Hands over the rest of the line as a byte range. */
  restInto(take: (bytes: Buffer, start: number, end: number) => void): void {
    let end = this.bytes.indexOf(NEWLINE, this.at);
    if (end < 0) end = this.bytes.length;
    take(this.bytes, this.at, end);
    this.at = end + 1;
  }
}
