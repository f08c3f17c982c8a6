// Where the time of a `connections` answer goes, per phase and per store statement, with every
// record read from the store (the per-revision record cache emptied before each call): the path
// search, then each statement the hydration sends, with its calls, rows and milliseconds.
// `npm run bench:hydration -- --graph data/M [--neo4j bolt://…] [--calls 32] [--engines neo4j]`; prints one table per engine.
import { Command } from 'commander';
import { findConnections } from '../src/analytics/connections.js';
import { buildProjection } from '../src/analytics/projection/build.js';
import { hydratePaths } from '../src/analytics/projection/hydrate.js';
import { RecordCache } from '../src/analytics/projection/record-cache.js';
import { loadConfig } from '../src/config.js';
import type { EngineSession } from '../src/graph/engine-session.js';
import { createStore } from '../src/graph/open-store.js';
import type { GraphStore } from '../src/graph/store.js';
import { casesOf } from './analytics-cases.js';
import { analyticsEngineEnv } from './in-process.js';

const options = new Command('bench:hydration')
  .option('--graph <dir>', 'GRAPH_DIR of the imported embedded graph', 'data/M')
  .option('--neo4j <uri>', 'also run on this Neo4j, holding the same graph', process.env.NEO4J_URI)
  .option('--calls <n>', 'calls per case, each from the next start actor of the case', (v) => Number.parseInt(v, 10), 32)
  .option('--engines <names>', 'comma-separated: embedded, neo4j (neo4j only with --neo4j)', 'embedded,neo4j')
  .parse()
  .opts<{ graph: string; neo4j?: string; calls: number; engines: string }>();

interface StatementTime {
  calls: number;
  rows: number;
  ms: number;
}

/** Times every read statement of the store's engine session, by statement name. */
function timeStatements(store: GraphStore): Map<string, StatementTime> {
  const times = new Map<string, StatementTime>();
  // The session is the store's own (protected); a bench may look inside.
  const session = (store as unknown as { session: EngineSession }).session;
  const read = session.read;
  session.read = async (statement, params) => {
    const started = performance.now();
    const rows = await read(statement, params);
    const time = times.get(statement.name) ?? { calls: 0, rows: 0, ms: 0 };
    times.set(statement.name, { calls: time.calls + 1, rows: time.rows + rows.length, ms: time.ms + performance.now() - started });
    return rows;
  };
  return times;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));

async function benchEngine(engine: 'embedded' | 'neo4j'): Promise<string[]> {
  const store = createStore(loadConfig({ ...analyticsEngineEnv(engine, options.graph, options.neo4j), LOG_LEVEL: 'silent' }));
  await store.open();
  const lines = [`### ${engine}`, '', '| case | calls | paths / call | search ms / call | hydration ms / call (p95) | CPU ms / call | statements: calls, rows, ms per call |', '|---|---:|---:|---:|---:|---:|---|'];
  try {
    const projection = await buildProjection(store, await store.revision());
    const times = timeStatements(store);
    for (const c of casesOf(projection)) {
      if (!c.connections) continue;
      times.clear();
      let searchMs = 0;
      let paths = 0;
      const hydration: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < options.calls; i++) {
        const query = { ...c.connections.args, from: c.connections.from[i % c.connections.from.length] as string };
        projection.hydrated = { actors: new RecordCache(), relations: new RecordCache() };
        const started = performance.now();
        const found = findConnections(projection, query);
        const searched = performance.now();
        await hydratePaths(store, projection, found, query);
        searchMs += searched - started;
        hydration.push(performance.now() - searched);
        paths += found.length;
      }
      const { user, system } = process.cpuUsage(cpu);
      hydration.sort((a, b) => a - b);
      const p95 = hydration[Math.ceil(0.95 * hydration.length) - 1] ?? Number.NaN;
      const mean = hydration.reduce((a, b) => a + b, 0) / hydration.length;
      const statements = [...times].map(([name, t]) => `${name}: ${ms(t.calls / options.calls)}, ${Math.round(t.rows / options.calls)}, ${ms(t.ms / options.calls)}`).join('; ');
      const n = options.calls;
      lines.push(`| ${c.name} | ${n} | ${Math.round(paths / n)} | ${ms(searchMs / n)} | ${ms(mean)} (${ms(p95)}) | ${ms((user + system) / 1000 / n)} | ${statements} |`);
      process.stderr.write(`${engine}: ${c.name}: hydration ${ms(mean)} ms (p95 ${ms(p95)})\n`);
    }
  } finally {
    await store.close();
  }
  return lines;
}

const wanted = options.engines.split(',');
const tables: string[] = [];
if (wanted.includes('embedded')) tables.push(...(await benchEngine('embedded')), '');
if (wanted.includes('neo4j') && options.neo4j) tables.push(...(await benchEngine('neo4j')));
console.log(tables.join('\n'));
