// The importer's fast path for rows that follow the model, as nearly all do: the same rules as
// the zod schemas (model.ts) written out as plain checks, which cost a fraction of zod's per-row
// work at 10⁶ rows. It only ever says "valid, and here is what zod would return" or "don't
// know": a row it does not accept goes through zod, whose messages name what is wrong.
// test/import/fast-rows.test.ts holds both to the same answers.
import {
  ACTOR_KINDS,
  BASES,
  METRIC_QUALIFIERS,
  RELATION_STATUSES,
  RELATION_TYPES,
  type ActorRecord,
  type Citation,
  type Metric,
  type RelationRecord,
} from '../../graph/model.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AS_OF = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KINDS: ReadonlySet<string> = new Set(ACTOR_KINDS);
const TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);
const STATUSES: ReadonlySet<string> = new Set(RELATION_STATUSES);
const BASIS: ReadonlySet<string> = new Set(BASES);
const QUALIFIERS: ReadonlySet<string> = new Set(METRIC_QUALIFIERS);

type Value = Record<string, unknown>;

const isObject = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const slug = (v: unknown): v is string => typeof v === 'string' && SLUG.test(v);
/** Absent (undefined or null) or non-empty text, as `z.string().min(1).nullish()`. */
const optionalText = (v: unknown): v is string | null | undefined => v === undefined || v === null || text(v);

function onlyKeys(value: Value, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

const CITATION_KEYS: ReadonlySet<string> = new Set(['document', 'paragraph', 'quote']);
const METRIC_KEYS: ReadonlySet<string> = new Set(['name', 'value', 'unit', 'asOf', 'qualifier', 'citations']);
const ACTOR_KEYS: ReadonlySet<string> = new Set([
  'id', 'kind', 'name', 'nameEn', 'aliases', 'district', 'inDistrict', 'description', 'metrics', 'citations',
]);
const RELATION_KEYS: ReadonlySet<string> = new Set([
  'id', 'type', 'status', 'from', 'to', 'description', 'basis', 'reasoning', 'metrics', 'citations',
]);

/**
 * Checks rows without zod. A row's citation list that is the very array of the row before (the
 * CSV reader parses a repeated cell once) is checked once and gives back the same checked array,
 * so that the citation rule and the encoding after it can skip it too.
 */
export class FastRows {
  private last: { input: unknown; output: Citation[] } | null = null;

  /** The row's own citations: the list of the row before is recognised. */
  rowCitations(value: unknown): Citation[] | null {
    const last = this.last;
    if (last && last.input === value) return last.output;
    const output = this.citations(value);
    this.last = output ? { input: value, output } : null;
    return output;
  }

  citations(value: unknown): Citation[] | null {
    if (!Array.isArray(value) || value.length === 0) return null;
    const out: Citation[] = [];
    for (const c of value as unknown[]) {
      if (!isObject(c) || !onlyKeys(c, CITATION_KEYS)) return null;
      const { document, paragraph, quote } = c;
      if (!text(document) || !text(quote) || typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph <= 0) return null;
      out.push({ document, paragraph, quote });
    }
    return out;
  }

  metrics(value: unknown): Metric[] | null {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return null;
    const out: Metric[] = [];
    for (const m of value as unknown[]) {
      if (!isObject(m) || !onlyKeys(m, METRIC_KEYS)) return null;
      const { name, value: amount, unit, asOf, qualifier = 'EXACT' } = m;
      if (!text(name) || typeof amount !== 'number' || !Number.isFinite(amount) || !text(unit)) return null;
      if (!(asOf === undefined || asOf === null || (typeof asOf === 'string' && AS_OF.test(asOf)))) return null;
      if (typeof qualifier !== 'string' || !QUALIFIERS.has(qualifier)) return null;
      const citations = this.citations(m.citations);
      if (!citations) return null;
      const metric: Metric = { name, value: amount, unit, qualifier: qualifier as Metric['qualifier'], citations };
      if (asOf !== undefined) metric.asOf = asOf;
      out.push(metric);
    }
    return out;
  }

  /** The actor zod's actorSchema would return, or null when zod must look at the row. */
  actor(v: Value): ActorRecord | null {
    if (!onlyKeys(v, ACTOR_KEYS) || !slug(v.id) || typeof v.kind !== 'string' || !KINDS.has(v.kind) || !text(v.name)) return null;
    if (!optionalText(v.nameEn) || !optionalText(v.district) || !optionalText(v.description) || typeof v.inDistrict !== 'boolean') return null;
    let aliases: string[] = [];
    if (v.aliases !== undefined) {
      if (!Array.isArray(v.aliases) || !v.aliases.every(text)) return null;
      aliases = [...(v.aliases as string[])];
    }
    const metrics = this.metrics(v.metrics);
    const citations = this.rowCitations(v.citations);
    if (!metrics || !citations) return null;
    const actor: ActorRecord = { id: v.id, kind: v.kind as ActorRecord['kind'], name: v.name, aliases, inDistrict: v.inDistrict, metrics, citations };
    if (v.nameEn !== undefined) actor.nameEn = v.nameEn;
    if (v.district !== undefined) actor.district = v.district;
    if (v.description !== undefined) actor.description = v.description;
    return actor;
  }

  /** The relation zod's relationSchema would return, or null when zod must look at the row. */
  relation(v: Value): RelationRecord | null {
    if (!onlyKeys(v, RELATION_KEYS) || !slug(v.id) || !slug(v.from) || !slug(v.to)) return null;
    if (typeof v.type !== 'string' || !TYPES.has(v.type) || typeof v.status !== 'string' || !STATUSES.has(v.status)) return null;
    const basis = v.basis ?? 'STATED';
    if (typeof basis !== 'string' || !BASIS.has(basis) || !optionalText(v.description) || !optionalText(v.reasoning)) return null;
    if (basis !== 'STATED' && !v.reasoning) return null;
    const metrics = this.metrics(v.metrics);
    const citations = this.rowCitations(v.citations);
    if (!metrics || !citations) return null;
    const relation: RelationRecord = {
      id: v.id,
      type: v.type as RelationRecord['type'],
      status: v.status as RelationRecord['status'],
      from: v.from,
      to: v.to,
      basis: basis as RelationRecord['basis'],
      metrics,
      citations,
    };
    if (v.description !== undefined) relation.description = v.description;
    if (v.reasoning !== undefined) relation.reasoning = v.reasoning;
    return relation;
  }
}
