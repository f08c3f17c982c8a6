// The two import formats for users' own data (docs/import.md), in one place so that the
// importer that reads them and the generator that writes them cannot drift apart.
//
// CSV: a file is an actors file or a relations file, told apart by its header (a relations
// file has `from` and `to` columns). List cells (aliases) are separated by `|`; metrics and
// citations are JSON arrays; an empty cell means "absent".
// JSON Lines: one object per line, `"item": "actor"` or `"item": "relation"` (not `type`,
// which is a relation's own field), other fields as in the model; both may share a file.
import type { ActorRecord, RelationRecord } from '../../graph/model.js';

export const ACTOR_COLUMNS = [
  'id',
  'kind',
  'name',
  'nameEn',
  'aliases',
  'district',
  'inDistrict',
  'description',
  'metrics',
  'citations',
] as const;

export const RELATION_COLUMNS = ['id', 'type', 'status', 'from', 'to', 'description', 'metrics', 'citations'] as const;

export const LIST_SEPARATOR = '|';

export type ItemType = 'actor' | 'relation';

/** A cell that failed to decode, named by its column. */
export class CellError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function csvFileType(header: readonly string[]): ItemType {
  return header.includes('from') && header.includes('to') ? 'relation' : 'actor';
}

function decodeJson(field: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CellError(field, 'must be a JSON array');
  }
}

function decodeBoolean(field: string, text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  throw new CellError(field, 'must be true or false');
}

/**
 * CSV rows of one file as the plain objects the zod schemas check. Rows that repeat the previous
 * row's JSON cell (many relations citing one sentence) share its parse: the schemas copy what
 * they return, so no row sees another's objects.
 */
export class CsvDecoder {
  private readonly lastJson = new Map<string, { text: string; value: unknown }>();

  constructor(private readonly type: ItemType) {}

  decode(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < header.length; i += 1) {
      const field = header[i] ?? '';
      const text = cells[i] ?? '';
      if (text === '') continue;
      if (field === 'metrics' || field === 'citations') out[field] = this.json(field, text);
      else if (field === 'aliases' && this.type === 'actor') out[field] = text.split(LIST_SEPARATOR).map((s) => s.trim());
      else if (field === 'inDistrict' && this.type === 'actor') out[field] = decodeBoolean(field, text);
      else out[field] = text;
    }
    return out;
  }

  private json(field: string, text: string): unknown {
    const last = this.lastJson.get(field);
    if (last?.text === text) return last.value;
    const value = decodeJson(field, text);
    this.lastJson.set(field, { text, value });
    return value;
  }
}

/** A JSON Lines line as its item type and the object the zod schemas check. */
export function decodeJsonLine(text: string): { type: ItemType; value: Record<string, unknown> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CellError('(line)', 'is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CellError('(line)', 'must be a JSON object');
  const { item, ...value } = parsed as Record<string, unknown>;
  if (item !== 'actor' && item !== 'relation') throw new CellError('item', 'must be "actor" or "relation"');
  return { type: item, value };
}

const cell = (value: string | null | undefined) => value ?? '';

export function actorCsvCells(a: ActorRecord): string[] {
  return [
    a.id,
    a.kind,
    a.name,
    cell(a.nameEn),
    a.aliases.join(LIST_SEPARATOR),
    cell(a.district),
    String(a.inDistrict),
    cell(a.description),
    a.metrics.length > 0 ? JSON.stringify(a.metrics) : '',
    JSON.stringify(a.citations),
  ];
}

export function relationCsvCells(r: RelationRecord): string[] {
  return [
    r.id,
    r.type,
    r.status,
    r.from,
    r.to,
    cell(r.description),
    r.metrics.length > 0 ? JSON.stringify(r.metrics) : '',
    JSON.stringify(r.citations),
  ];
}

export function jsonLine(item: ItemType, record: ActorRecord | RelationRecord): string {
  return JSON.stringify({ item, ...record });
}

/** One CSV line (RFC 4180 quoting: cells with a comma, quote or line break are quoted). */
export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
}
