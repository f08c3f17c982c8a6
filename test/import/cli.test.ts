// `npm run import` as users run it: it starts like the server (src/startup.ts: the seed first
// into an empty graph, unless SEED_ON_START=false), and its citations must quote documents on
// file — SEED_DIR/sources or a --documents directory — like the seed's and the API's.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate/synthetic-graph.js';
import { sourcesDirectory, writeGraph } from '../../bench/generate/write-graph.js';

const work = mkdtempSync(join(tmpdir(), 'haidian-import-cli-'));
let files: string[] = [];

function importCli(graphDir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/ingest/import/cli.ts', ...args],
      { env: { ...process.env, GRAPH_DIR: graphDir, LOG_LEVEL: 'silent', ...env } },
      // Off a terminal the progress comes as plain "read: …" / "load: …" lines on stderr; the rest is what went wrong.
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr.replace(/^(read|load): .*\n/gm, '') }),
    );
  });
}

describe('npm run import', () => {
  beforeAll(async () => {
    files = await writeGraph(generateGraph('XS', 2), join(work, 'xs'), 'csv');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('refuses citations of a document not on file, naming it, and writes nothing', async () => {
    const refused = await importCli(join(work, 'refused'), files, { SEED_ON_START: 'false' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^import rejected, nothing was written: \d+ invalid row\(s\)/);
    expect(refused.stderr).toContain('citations.0: document "synthetic" is not on file (documents on file: haidian-2014)');
  }, 60_000);

  it('imports them with the document given by --documents, after the seed into an empty graph', async () => {
    const alone = await importCli(join(work, 'alone'), ['--documents', sourcesDirectory(join(work, 'xs')), ...files], { SEED_ON_START: 'false' });
    expect(alone.stderr).toBe('');
    expect(alone.stdout).toMatch(/^imported 200 actors and 1000 relations into embedded \(bulk\)/);

    const seeded = await importCli(join(work, 'seeded'), ['--documents', sourcesDirectory(join(work, 'xs')), ...files]);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/^the graph was empty: loaded the seed first \(\d+ actors, \d+ relations; SEED_ON_START=false skips it\)\nimported 200 actors/);
  }, 90_000);
});
