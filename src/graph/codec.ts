// How records become flat database properties and back. Metrics and citations are nested
// lists of objects, which neither engine stores natively as properties, so both keep them as
// JSON text; names are stored a second time in normal form for lookup and search.
import { z } from 'zod';
import {
  ACTOR_KINDS,
  BASES,
  citationSchema,
  metricSchema,
  RELATION_STATUSES,
  RELATION_TYPES,
  type ActorRecord,
  type Metric,
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

export function actorToRow(actor: ActorRecord): ActorRow {
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
    metrics: JSON.stringify(actor.metrics),
    citations: JSON.stringify(actor.citations),
    nameKeys: keys,
    searchText: `\n${keys.join('\n')}\n`,
  };
}

export function relationToRow(relation: RelationRecord): RelationRow {
  return {
    id: relation.id,
    type: relation.type,
    status: relation.status,
    from: relation.from,
    to: relation.to,
    description: relation.description ?? null,
    basis: relation.basis,
    reasoning: relation.reasoning ?? null,
    metrics: JSON.stringify(relation.metrics),
    citations: JSON.stringify(relation.citations),
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

/** A stored metrics column (JSON text) as metrics, checked like every value read back. */
export function decodeMetrics(text: string | null | undefined): Metric[] {
  return parseJson(text, metricsJson, []);
}

export function rowToActor(row: unknown): ActorRecord {
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
    metrics: parseJson(r.metrics, metricsJson, []),
    citations: parseJson(r.citations, citationsJson, []),
  };
}

export function rowToRelation(row: unknown): RelationRecord {
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
    metrics: parseJson(r.metrics, metricsJson, []),
    citations: parseJson(r.citations, citationsJson, []),
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
