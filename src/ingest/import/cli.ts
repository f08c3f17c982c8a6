// `npm run import -- <files…>`: validates users' CSV / JSON Lines files and loads them into the
// configured graph (docs/import.md). Exit code 1 and row-level errors when any row is invalid.
import { statSync } from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { PageCacheTooSmallError } from '../../graph/embedded/page-cache-budget.js';
import { failStart, openGraph, type ReadyGraph } from '../../startup.js';
import { ImportRejected, importFiles } from './import-files.js';
import { importPageCacheMb } from './page-cache-size.js';
import { progressOn } from './progress.js';

const program = new Command('import')
  .description('validate and load actors and relations from CSV or JSON Lines files into the graph (GRAPH_DIR)')
  .argument('<files...>', 'files: *.csv (actors or relations, told by header) or *.jsonl / *.ndjson')
  .option('--batch-size <n>', 'items per write batch', (v) => Number.parseInt(v, 10), 5_000)
  .option('--no-bulk', 'write in batches of upserts even when the engine has a bulk path')
  // The bulk path loads the whole import in one transaction, which the page cache must hold
  // (page-cache-size.ts): sized from the files unless given here or by EMBEDDED_BUFFER_MB.
  .option('--buffer-mb <n>', 'embedded engine page cache for this import, MiB (default: EMBEDDED_BUFFER_MB, else sized from the files)', (v) =>
    Number.parseInt(v, 10),
  )
  // One COPY of 10⁶ relations runs longer than the API's per-statement timeout, more so on a busy machine.
  .option('--timeout-s <n>', 'per-statement timeout for this import, seconds', (v) => Number.parseInt(v, 10), 3600)
  .option(
    '--documents <dir>',
    'a directory of <id>.txt documents the files cite, besides SEED_DIR/sources (repeatable)',
    (dir: string, dirs: string[]) => [...dirs, dir],
    [] as string[],
  )
  .parse();

/** CPU time of this process, the engine's threads included (the embedded engine runs in it). */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const files = program.args;
const options = program.opts<{ batchSize: number; bulk: boolean; bufferMb?: number; timeoutS: number; documents: string[] }>();
let graph: ReadyGraph;
let bufferMb = 0;
try {
  const config = loadConfig();
  // A missing file counts 0 here: the import names it (importFiles).
  const inputBytes = files.reduce((sum, file) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
  bufferMb = importPageCacheMb({ option: options.bufferMb, env: config.EMBEDDED_BUFFER_MB }, inputBytes);
  // On an empty graph the seed comes first, as `npm start` would load it (SEED_ON_START).
  graph = await openGraph(
    { ...config, EMBEDDED_BUFFER_MB: bufferMb, QUERY_TIMEOUT_MS: options.timeoutS * 1000 },
    { command: 'npm run import', seed: config.SEED_ON_START },
  );
  for (const dir of options.documents) graph.documents.addDirectory(dir);
  if (graph.seeded?.loaded) {
    const { actors, relations } = graph.seeded.counts;
    console.log(`the graph was empty: loaded the seed first (${actors} actors, ${relations} relations; SEED_ON_START=false skips it)`);
  }
} catch (error) {
  failStart(error);
}
const progress = progressOn(process.stderr);

try {
  const report = await importFiles(files, graph.store, graph.documents, {
    batchSize: options.batchSize,
    bulk: options.bulk,
    onPhase: progress.phase,
    onProgress: progress.update,
  });
  progress.stop();
  const seconds = (report.readMs + report.loadMs) / 1000;
  console.log(
    `imported ${report.actors} actors and ${report.relations} relations into ${graph.store.engine} (${report.path}) in ${seconds.toFixed(1)} s ` +
      `(reading and checking ${(report.readMs / 1000).toFixed(1)} s, loading ${(report.loadMs / 1000).toFixed(1)} s), ` +
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB, CPU ${cpuSeconds().toFixed(1)} s` +
      (graph.store.engine === 'embedded' ? `, page cache ${bufferMb} MiB` : ''),
  );
} catch (error) {
  progress.stop();
  if (!(error instanceof ImportRejected || error instanceof PageCacheTooSmallError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await graph.close();
}
