// Static verification of the Neo4j engine: every statement it can send passes Neo4j's parser and
// semantic analysis with exactly its declared parameters, and no Cypher hides outside cypher.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allStatements, relationsOf } from '../../src/graph/neo4j/cypher.js';
import { COUNT_ALL_NODES, DELETE_GRAPH } from '../conformance/neo4j-engine.js';
import { lintCypher } from '../helpers/cypher-lint.js';

/** A value of the right shape for each parameter the engine uses. */
const SAMPLE_PARAMS: Record<string, unknown> = {
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
};

function declared(params: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(params.map((p) => [p, SAMPLE_PARAMS[p]]));
}

describe('Cypher of the Neo4j engine', () => {
  const statements = allStatements();

  it('enumerates every statement once, relation filters in all their variants', () => {
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
    expect(statements.filter((s) => s.name.startsWith('relations '))).toHaveLength(12);
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

  it('keeps every Cypher statement in cypher.ts', () => {
    const dir = new URL('../../src/graph/neo4j/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f !== 'cypher.ts')) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/['`"]\s*(MATCH|MERGE|CREATE|UNWIND|CALL|RETURN|WITH)\b/);
    }
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
    expect(relationsOf('BOTH', true, true).text).toContain('UNION');
    expect(relationsOf('OUT', false, false).params).toEqual(['ids']);
  });
});
