// Neo4j's own Cypher parser and semantic analyser (@neo4j-cypher/language-support), set up with
// our graph's vocabulary and the built-in functions and procedures of Neo4j 5, so that a
// misspelt label, an undeclared parameter, an unbound variable or an unknown function fails.
import { createRequire } from 'node:module';
import type { DbSchema, SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { ACTOR_LABEL, META_LABEL, NAME_LABEL, RELATION_TYPE } from '../../src/graph/neo4j/cypher.js';

// 2.0.0-next.20 is the newest release that supports Node 20; its ESM build uses extension-less
// imports that Node cannot resolve, so the CommonJS build is loaded.
const languageSupport = createRequire(import.meta.url)(
  '@neo4j-cypher/language-support',
) as typeof import('@neo4j-cypher/language-support');

type Scoped<T> = Partial<Record<string, Record<string, T>>>;

/** The package's recorded listing of a Neo4j 5 server, without APOC: our statements must not need it. */
function builtIns<T>(registry: Scoped<T> | undefined): Scoped<T> {
  return Object.fromEntries(
    Object.entries(registry ?? {}).map(([version, entries]) => [
      version,
      Object.fromEntries(Object.entries(entries ?? {}).filter(([name]) => !name.startsWith('apoc.'))),
    ]),
  );
}

const mock = languageSupport.testData.mockSchema;

export const GRAPH_SCHEMA: DbSchema = {
  labels: [ACTOR_LABEL, NAME_LABEL, META_LABEL],
  relationshipTypes: [RELATION_TYPE],
  functions: builtIns(mock.functions),
  procedures: builtIns(mock.procedures),
};

export interface Diagnostic {
  severity: SyntaxDiagnostic['severity'];
  message: string;
  text: string;
}

/** Every diagnostic, of any severity, for `cypher` run with exactly `parameters` declared. */
export function lintCypher(cypher: string, parameters: Record<string, unknown>, schema: DbSchema = GRAPH_SCHEMA): Diagnostic[] {
  return languageSupport.lintCypherQuery(cypher, { ...schema, parameters }).map((d) => ({
    severity: d.severity,
    message: typeof d.message === 'string' ? d.message : d.message.value,
    text: cypher.slice(d.offsets.start, d.offsets.end),
  }));
}
