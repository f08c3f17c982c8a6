// Static verification of the Neo4j engine: every statement it can send passes Neo4j's parser and
// semantic analysis with exactly its declared parameters, and no Cypher hides outside cypher.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relationsOf } from '../../src/graph/cypher.js';
import { allStatements, SCHEMA } from '../../src/graph/neo4j/cypher.js';
import { COUNT_ALL_NODES, DELETE_GRAPH } from '../conformance/neo4j-engine.js';
import { lintCypher } from '../helpers/cypher-lint.js';

/** A value of the right shape for each parameter the engine uses. */
const SAMPLE_PARAMS: Record<string, unknown> = {
  id: 'buaa',
  ids: ['buaa'],
  key: 'buaa',
  text: 'buaa',
  prefix: '\nbuaa',
  first: 20,
  kinds: ['UNIVERSITY'],
  types: ['INVESTS_IN'],
  statuses: ['ESTABLISHED'],
  rows: [{ id: 'buaa' }],
  names: [{ key: 'buaa', actorId: 'buaa' }],
  positions: { buaa: 0 },
  part: 0,
  parts: 2,
  typeCodes: { INVESTS_IN: 1 },
  statusCodes: { ESTABLISHED: 0 },
  basisCodes: { STATED: 0 },
};

function declared(params: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(params.map((p) => [p, SAMPLE_PARAMS[p]]));
}

describe('Cypher of the Neo4j engine', () => {
  const statements = allStatements();

  it('enumerates every statement once, relation filters in all their variants', () => {
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
    expect(statements.filter((s) => s.name.startsWith('relations '))).toHaveLength(16);
    for (const s of statements) for (const p of s.params) expect(SAMPLE_PARAMS, `${s.name}: $${p}`).toHaveProperty(p);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s passes lintCypherQuery with zero diagnostics', (_name, s) => {
    expect(lintCypher(s.text, declared(s.params))).toEqual([]);
  });

  it('declares exactly the parameters each statement uses', () => {
    for (const s of statements) {
      const used = new Set([...s.text.matchAll(/\$(\w+)/g)].map((m) => m[1]));
      expect([...used].sort(), s.name).toEqual([...s.params].sort());
    }
  });

  it('the test-only statements pass too', () => {
    expect(lintCypher(COUNT_ALL_NODES, {})).toEqual([]);
    expect(lintCypher(DELETE_GRAPH, {})).toEqual([]);
  });

  it('keeps every Cypher statement in a cypher.ts', () => {
    for (const folder of ['../../src/graph/', '../../src/graph/neo4j/', '../../src/graph/embedded/']) {
      const dir = new URL(folder, import.meta.url);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'cypher.ts')) {
        const source = readFileSync(new URL(file, dir), 'utf8');
        expect(source, file).not.toMatch(/['`"]\s*(MATCH|MERGE|CREATE|UNWIND|CALL|RETURN|WITH)\b/);
      }
    }
  });
});

/** `Label.property` pairs that a constraint or index of SCHEMA serves, with the kinds of index. */
function indexedProperties(): Map<string, Set<string>> {
  const indexed = new Map<string, Set<string>>();
  for (const { text } of SCHEMA) {
    const target = /FOR .*?(\w+):(\w+).*?(?:REQUIRE|ON)(.*)/s.exec(text);
    if (!target) continue;
    const [, variable, label, rest] = target as unknown as [string, string, string, string];
    const properties = [...rest.matchAll(new RegExp(`\\b${variable}\\.(\\w+)`, 'g'))].map((m) => m[1]);
    const kind = text.includes('FULLTEXT') ? 'fulltext' : text.includes('TEXT INDEX') ? 'text' : 'range';
    // A composite range index serves lookups on its first property only.
    for (const p of kind === 'fulltext' ? properties : properties.slice(0, 1)) {
      const key = `${label}.${p}`;
      indexed.set(key, new Set([...(indexed.get(key) ?? []), kind]));
    }
  }
  return indexed;
}

/** Every `Label.property` a statement looks up by value: `(v:Label {p: ...})`, `v.p IN $x`, `v.p CONTAINS $x`. */
function lookups(text: string): { key: string; how: 'equality' | 'contains' }[] {
  const labelOf = new Map([...text.matchAll(/[([](\w+):(\w+)/g)].map((m) => [m[1], m[2]] as const));
  const found: { key: string; how: 'equality' | 'contains' }[] = [];
  for (const m of text.matchAll(/[([]\w+:(\w+) \{(\w+):/g)) found.push({ key: `${m[1]}.${m[2]}`, how: 'equality' });
  for (const m of text.matchAll(/WHERE (\w+)\.(\w+) (IN|CONTAINS) \$/g)) {
    found.push({ key: `${labelOf.get(m[1] ?? '')}.${m[2]}`, how: m[3] === 'IN' ? 'equality' : 'contains' });
  }
  return found;
}

describe('indexes of the Neo4j engine', () => {
  it('serve every lookup the engine makes: no label scan on a hot path', () => {
    const indexed = indexedProperties();
    expect(indexed.get('Actor.id')).toEqual(new Set(['range']));
    for (const s of allStatements()) {
      for (const { key, how } of lookups(s.text)) {
        // Equality needs a range index (or constraint); CONTAINS a text index.
        expect(indexed.get(key)?.has(how === 'equality' ? 'range' : 'text'), `${s.name}: ${key} by ${how}`).toBe(true);
      }
    }
  });

  it('finds the lookups it checks', () => {
    expect(lookups(relationsOf('IN', false, false, false).text)).toEqual([{ key: 'Actor.id', how: 'equality' }]);
    expect(lookups(allStatements().find((s) => s.name === 'search')?.text ?? '')).toEqual([{ key: 'Actor.searchText', how: 'contains' }]);
    expect([...indexedProperties().keys()]).toEqual(
      expect.arrayContaining(['ActorName.key', 'ActorName.actorId', 'RELATED_TO.id', 'Actor.searchText', 'Actor.name']),
    );
  });
});

describe('the lint check itself', () => {
  it('flags an undeclared parameter, an unknown label, an unbound variable and a function Neo4j lacks', () => {
    const messages = (cypher: string, params: Record<string, unknown> = {}) => lintCypher(cypher, params).map((d) => d.message);
    expect(messages('MATCH (a:Actor) WHERE a.id IN $ids RETURN a')).toEqual([expect.stringMatching(/Parameter \$ids is not defined/)]);
    expect(messages('MATCH (a:Actr) RETURN a')).toEqual([expect.stringMatching(/Label Actr is not present/)]);
    expect(messages('MATCH (a:Actor) RETURN b')).toEqual([expect.stringMatching(/Variable `b` not defined/)]);
    // LadybugDB's list_contains is not Neo4j Cypher; neither is APOC assumed to be installed.
    expect(messages('MATCH (a:Actor) RETURN list_contains(a.nameKeys, "x")')).toHaveLength(1);
    expect(messages('RETURN apoc.text.join(["a"], ",")')).toHaveLength(1);
    expect(messages('MATCH (a:Actor RETURN a')).not.toEqual([]);
  });

  it('sees the statement variants differ', () => {
    expect(relationsOf('IN', true, true, false).text).toContain('r.status IN $statuses');
    expect(relationsOf('OUT', false, false, false).params).toEqual(['ids']);
    expect(relationsOf('OUT', false, false, true).params).toEqual(['id']);
  });
});
