// No Cypher assembled from user input anywhere in src/ (see cypher-scan.ts for the rule).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectOptions, scanProgram } from './cypher-scan.js';

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Scans one in-memory module, with the project's options. */
function scanSnippet(code: string) {
  const fileName = resolve('virtual-statements.ts');
  const host = ts.createCompilerHost(projectOptions());
  const readFile = host.readFile;
  host.readFile = (name) => (name === fileName ? code : readFile(name));
  const fileExists = host.fileExists;
  host.fileExists = (name) => name === fileName || fileExists(name);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language) =>
    name === fileName ? ts.createSourceFile(name, code, language, true) : getSourceFile(name, language);
  return scanProgram(ts.createProgram([fileName], projectOptions(), host), (name) => name === fileName);
}

describe('Cypher statements', () => {
  it('in src/ are built only from fixed fragments', () => {
    const src = resolve('src');
    const program = ts.createProgram(typeScriptFiles(src), projectOptions());
    const findings = scanProgram(program, (name) => name.startsWith(src));
    expect(findings.map((f) => `${f.file.slice(src.length + 1)}:${f.line} [${f.rule}] ${f.text}`)).toEqual([]);
  });

  it('the scan catches input interpolated, concatenated or joined into a statement', () => {
    const findings = scanSnippet(`
      declare function run(cypher: string, params?: object): void;
      export function unsafe(id: string, label: string, filters: string[]) {
        run(\`MATCH (a:Actor {id: '\${id}'}) RETURN a\`);
        run('MATCH (a:' + label + ') RETURN a');
        const where = filters.join(' AND ');
        const statement = ['MATCH (a:Actor)', where, 'RETURN a'].join(' ');
        run(statement);
      }`);
    const lines = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.text);
    expect(lines('template')).toEqual(['id']);
    expect(lines('concatenation')).toContain('label');
    expect(lines('statement')).toEqual([`\`MATCH (a:Actor {id: '\${id}'}) RETURN a\``, `'MATCH (a:' + label + ') RETURN a'`, 'statement']);
  });

  it('the scan requires statement records to be made from fixed text', () => {
    const findings = scanSnippet(`
      interface Statement { readonly text: string }
      declare function statement(name: string, text: string): Statement;
      declare function run(cypher: string): void;
      export function records(label: string) {
        const fixed = statement('fixed', \`MATCH (a:Actor) RETURN a\` as const);
        const unsafe = statement('unsafe', 'MATCH (a:' + label + ') RETURN a');
        run(fixed.text);
        run(unsafe.text);
      }`);
    expect(findings.filter((f) => f.rule === 'statement').map((f) => f.text)).toEqual([`'MATCH (a:' + label + ') RETURN a'`]);
  });

  it('the scan lets only engine-made file paths into COPY', () => {
    const findings = scanSnippet(`
      type EngineFilePath = string & { readonly engineMadePath: true };
      declare function run(cypher: string): void;
      export function copy(made: EngineFilePath, given: string) {
        run(\`COPY Actor FROM '\${made}'\` as const);
        run(\`COPY Actor FROM '\${given}'\`);
      }`);
    expect(findings.map((f) => f.text)).toEqual([`\`COPY Actor FROM '\${given}'\``]);
  });

  it('the scan accepts fragments chosen by code and values passed as parameters', () => {
    const findings = scanSnippet(`
      declare function run(cypher: string, params?: object): void;
      const FIELDS = \`a.id AS id, a.name AS name\`;
      function byKind(kinds: string[] | null) {
        const filter = kinds ? ' AND a.kind IN $kinds' : '';
        return \`MATCH (a:Actor) WHERE a.id IN $ids\${filter} RETURN \${FIELDS}\` as const;
      }
      export function safe(ids: string[], kinds: string[] | null) {
        run(byKind(kinds), { ids, kinds });
        run(\`MATCH (a:Actor {id: $id}) RETURN \${FIELDS}\` as const, { id: ids[0] });
        run('RETURN 1');
      }`);
    expect(findings).toEqual([]);
  });
});
