// Citations stored once per (document, paragraph, quote) and referenced (the embedded engine):
// an item's citations column holds space-separated keys ("k1 k2") instead of their JSON, and a
// metric's `citations` the same key text. A key is a hash of the citation's content, so every
// writer (bulk load, upsert, another process) gives a citation the same key, a key never changes
// meaning, and the keys known in memory never go stale. Columns written as JSON (earlier versions,
// the Neo4j engine, whose model API shows that JSON) are still read as such.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Citation, Metric } from './model.js';

/** A Citation node as the engine stores it. */
export interface CitationRow extends Citation {
  key: string;
}

/** Distinct citations whose keys a piece of work has handed out: what it must store. */
export type CitationsToStore = Map<string, CitationRow>;

const SEPARATOR = ' ';
/** 11 base64url characters: 66 bits, no collision expected below ~10⁹ distinct citations. */
const KEY_LENGTH = 11;
const REFERENCE_LIST = /^[\w-]{11}( [\w-]{11})*$/;
/** A metric's `citations` written as key text, inside the metrics JSON. */
const METRIC_REFERENCES = /"citations":"([\w -]*)"/g;

export function isReferenceList(text: string): boolean {
  return REFERENCE_LIST.test(text);
}

export class CitationRefs {
  /** key → citation, for decoding; content-addressed, so an entry can only be evicted, never wrong. */
  private readonly byKey = new LRUCache<string, Citation>({ max: 200_000 });
  /** content → key: hashing every row's citation again would cost ~1 µs each at 10⁶ rows. */
  private readonly keys = new LRUCache<string, string>({ max: 200_000 });

  keyOf(citation: Citation): string {
    const content = `${citation.document}\u0000${citation.paragraph}\u0000${citation.quote}`;
    let key = this.keys.get(content);
    if (key === undefined) {
      key = createHash('sha256').update(content).digest('base64url').slice(0, KEY_LENGTH);
      this.keys.set(content, key);
    }
    return key;
  }

  /** The last list encoded: rows of a bulk load often share one list (the importer hands out one array per repeated cell). */
  private lastEncoded: { citations: readonly Citation[]; toStore: CitationsToStore; text: string } | null = null;

  /** The column text for `citations`; each one is added to `toStore`. */
  encode(citations: readonly Citation[], toStore: CitationsToStore): string {
    const last = this.lastEncoded;
    if (last?.citations === citations && last.toStore === toStore) return last.text;
    const text = this.encodeList(citations, toStore);
    this.lastEncoded = { citations, toStore, text };
    return text;
  }

  private encodeList(citations: readonly Citation[], toStore: CitationsToStore): string {
    let text = '';
    for (const citation of citations) {
      const key = this.keyOf(citation);
      if (!toStore.has(key)) toStore.set(key, { key, ...citation });
      this.byKey.set(key, citation);
      text = text === '' ? key : `${text}${SEPARATOR}${key}`;
    }
    return text;
  }

  encodeMetrics(metrics: readonly Metric[], toStore: CitationsToStore): string {
    return JSON.stringify(metrics.map((m) => ({ ...m, citations: this.encodeList(m.citations, toStore) })));
  }

  /** Every key a citations column or a metrics column refers to, added to `into`. */
  keysIn(citations: unknown, metrics: unknown, into: Set<string>): void {
    if (typeof citations === 'string' && isReferenceList(citations)) addKeys(citations, into);
    if (typeof metrics === 'string' && metrics.includes('"citations":"')) {
      for (const match of metrics.matchAll(METRIC_REFERENCES)) addKeys(match[1] ?? '', into);
    }
  }

  /** The citations of `keys`, from memory or, for those not in it, from `fetch` (the database). */
  async lookup(keys: ReadonlySet<string>, fetch: (keys: string[]) => Promise<CitationRow[]>): Promise<CitationLookup> {
    const found: CitationLookup = new Map();
    const missing: string[] = [];
    for (const key of keys) {
      const citation = this.byKey.get(key);
      if (citation) found.set(key, citation);
      else missing.push(key);
    }
    for (let i = 0; i < missing.length; i += LOOKUP_CHUNK) {
      for (const { key, document, paragraph, quote } of await fetch(missing.slice(i, i + LOOKUP_CHUNK))) {
        const citation = { document, paragraph: Number(paragraph), quote };
        this.byKey.set(key, citation);
        found.set(key, citation);
      }
    }
    return found;
  }
}

/** Citations by key for decoding one read's rows. */
export type CitationLookup = Map<string, Citation>;

const LOOKUP_CHUNK = 10_000;

function addKeys(list: string, into: Set<string>): void {
  for (const key of list.split(SEPARATOR)) if (key !== '') into.add(key);
}

/** The citations a key list names; a key the database does not hold fails loudly. */
export function decodeReferences(list: string, lookup: CitationLookup): Citation[] {
  if (list === '') return [];
  return list.split(SEPARATOR).map((key) => {
    const citation = lookup.get(key);
    if (!citation) throw new Error(`the database refers to citation ${key}, which it does not hold`);
    return { ...citation };
  });
}
