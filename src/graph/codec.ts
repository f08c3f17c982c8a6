// How records become flat database properties and back. Metrics and citations are nested
// lists of objects, which neither engine stores natively as properties, so both keep them as
// text: JSON, or — where the engine stores each citation once (citation-refs.ts) — JSON with
// citation keys; names are stored a second time in normal form for lookup and search.
import { z } from 'zod';
import { decodeReferences, isReferenceList, type CitationLookup, type CitationRefs, type CitationsToStore } from './citation-refs.js';
import {
  ACTOR_KINDS,
  BASES,
  citationSchema,
  metricSchema,
  RELATION_STATUSES,
  RELATION_TYPES,
  type ActorRecord,
  type RelationRecord,
} from './model.js';
import { nameKeys } from './names.js';

export type ActorRow = {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  district: string | null;
  inDistrict: boolean;
  description: string | null;
  metrics: string;
  citations: string;
  nameKeys: string[];
  /** Every name key between newlines, so CONTAINS finds substrings and "\n"+text finds prefixes. */
  searchText: string;
};

export type RelationRow = {
  id: string;
  type: string;
  status: string;
  from: string;
  to: string;
  description: string | null;
  basis: string;
  reasoning: string | null;
  metrics: string;
  citations: string;
};

/** How a write encodes citations: by reference (the refs, and where their citations are collected), or inline JSON when absent. */
export interface CitationEncoding {
  refs: CitationRefs;
  toStore: CitationsToStore;
}

function citationsText(citations: ActorRecord['citations'], encoding?: CitationEncoding): string {
  return encoding ? encoding.refs.encode(citations, encoding.toStore) : JSON.stringify(citations);
}

function metricsText(metrics: ActorRecord['metrics'], encoding?: CitationEncoding): string {
  if (metrics.length === 0) return '[]';
  return encoding ? encoding.refs.encodeMetrics(metrics, encoding.toStore) : JSON.stringify(metrics);
}

export function actorToRow(actor: ActorRecord, encoding?: CitationEncoding): ActorRow {
  const keys = nameKeys(actor);
  return {
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    nameEn: actor.nameEn ?? null,
    aliases: actor.aliases,
    district: actor.district ?? null,
    inDistrict: actor.inDistrict,
    description: actor.description ?? null,
    metrics: metricsText(actor.metrics, encoding),
    citations: citationsText(actor.citations, encoding),
    nameKeys: keys,
    searchText: `\n${keys.join('\n')}\n`,
  };
}

export function relationToRow(relation: RelationRecord, encoding?: CitationEncoding): RelationRow {
  return {
    id: relation.id,
    type: relation.type,
    status: relation.status,
    from: relation.from,
    to: relation.to,
    description: relation.description ?? null,
    basis: relation.basis,
    reasoning: relation.reasoning ?? null,
    metrics: metricsText(relation.metrics, encoding),
    citations: citationsText(relation.citations, encoding),
  };
}

// Rows read back are checked like any other input: a database written by an older or foreign
// version must fail loudly here rather than leak malformed objects into the API.
const storedActor = z.object({
  id: z.string(),
  kind: z.enum(ACTOR_KINDS),
  name: z.string(),
  nameEn: z.string().nullish(),
  aliases: z.array(z.string()).nullish(),
  district: z.string().nullish(),
  inDistrict: z.boolean().nullish(),
  description: z.string().nullish(),
  metrics: z.string().nullish(),
  citations: z.string().nullish(),
});

const storedRelation = z.object({
  id: z.string(),
  type: z.enum(RELATION_TYPES),
  status: z.enum(RELATION_STATUSES),
  from: z.string(),
  to: z.string(),
  description: z.string().nullish(),
  basis: z.enum(BASES).nullish(),
  reasoning: z.string().nullish(),
  metrics: z.string().nullish(),
  citations: z.string().nullish(),
});

const metricsJson = z.array(metricSchema);
const citationsJson = z.array(citationSchema);

function parseJson<T>(text: string | null | undefined, schema: z.ZodType<T>, fallback: T): T {
  return text ? schema.parse(JSON.parse(text)) : fallback;
}

function readCitations(text: string | null | undefined, lookup?: CitationLookup): ActorRecord['citations'] {
  if (text && lookup && isReferenceList(text)) return decodeReferences(text, lookup);
  return parseJson(text, citationsJson, []);
}

/** A stored metrics column (JSON text) as metrics, checked like every value read back; `lookup` resolves citation keys. */
export function decodeMetrics(text: string | null | undefined, lookup?: CitationLookup): ActorRecord['metrics'] {
  if (!text || !lookup || !text.includes('"citations":"')) return parseJson(text, metricsJson, []);
  const metrics = z.array(z.looseObject({ citations: z.string() })).parse(JSON.parse(text));
  return metricsJson.parse(metrics.map((m) => ({ ...m, citations: decodeReferences(m.citations, lookup) })));
}

/** `lookup`: the citations the row's keys name, when the engine stores citations by reference. */
export function rowToActor(row: unknown, lookup?: CitationLookup): ActorRecord {
  const r = storedActor.parse(row);
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    nameEn: r.nameEn ?? null,
    aliases: r.aliases ?? [],
    district: r.district ?? null,
    inDistrict: r.inDistrict ?? false,
    description: r.description ?? null,
    metrics: decodeMetrics(r.metrics, lookup),
    citations: readCitations(r.citations, lookup),
  };
}

export function rowToRelation(row: unknown, lookup?: CitationLookup): RelationRecord {
  const r = storedRelation.parse(row);
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    from: r.from,
    to: r.to,
    description: r.description ?? null,
    basis: r.basis ?? 'STATED',
    reasoning: r.reasoning ?? null,
    metrics: decodeMetrics(r.metrics, lookup),
    citations: readCitations(r.citations, lookup),
  };
}

/**
 * One enum value read back for the topology, checked without zod's per-row cost (10⁶ rows at
 * M): an unknown value fails as loudly as in rowToActor.
 */
export function storedEnum<T extends string>(allowed: readonly T[], value: unknown, field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`the database holds ${field} ${JSON.stringify(value)}, which is not one of ${allowed.join(', ')}`);
}
