// bench/RESULTS.md: the figures of one run, the machine and commit they were measured on, and
// each goal (issues 7 and 17) marked met or missed.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import type { Percentiles } from './latency.js';
import type { BenchResults } from './run-bench.js';

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const triple = (p: Percentiles | string | null) => {
  if (p === null) return 'no single query';
  if (typeof p === 'string') return p.slice(0, 80);
  return `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)}`;
};
const engineP50 = (p: Percentiles | string | null) => (p && typeof p !== 'string' ? p.p50 : undefined);
const ratio = (a: number, b: number | undefined) => (b === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number) => `${int(bytes / 2 ** 20)} MiB`;

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return 'unknown';
  }
}

export function renderResults(r: BenchResults, notes: string): string {
  const main = r.imports[0];
  const importSeconds = main ? (main.report.readMs + main.report.loadMs) / 1000 : Number.NaN;
  const best = Math.max(...r.throughput.levels.map((l) => l.requestsPerSecond));
  const goal = (ok: boolean) => (ok ? 'met' : '**missed**');
  const lines = [
    `# Benchmark results`,
    ``,
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mib(totalmem())} memory, Node ${process.version}, ${process.platform}`,
    `- commit: ${commit()}`,
    `- graph: size ${r.options.size}, ${int(r.actors)} actors, ${int(r.relations)} relations (bench/generate, seed 1)`,
    `- ${r.options.iterations} timed calls per case after a warm-up; autocannon ${r.options.seconds} s per level`,
    ``,
    `## Import (relations per second)`,
    ``,
    `| graph | path | actors | relations | reading + checks | load | relations/s (load) | relations/s (whole import) |`,
    `|---|---|---:|---:|---:|---:|---:|---:|`,
    ...r.imports.map(
      (i) =>
        `| ${i.size} | ${i.report.path} | ${int(i.report.actors)} | ${int(i.relations)} | ${(i.report.readMs / 1000).toFixed(1)} s | ${(i.report.loadMs / 1000).toFixed(1)} s | ${int(i.loadRate)} | ${int(i.totalRate)} |`,
    ),
    ``,
    `## Latency, ms (p50 / p95 / p99), and ratio to the engine's own Cypher at p50`,
    ``,
    `| query | engine Cypher | store (in-process) | store / Cypher | GraphQL over HTTP | HTTP / Cypher |`,
    `|---|---:|---:|---:|---:|---:|`,
    ...r.cases.map((c) => `| ${c.name} | ${triple(c.raw)} | ${triple(c.store)} | ${ratio(c.store.p50, engineP50(c.raw))} | ${triple(c.http)} | ${ratio(c.http.p50, engineP50(c.raw))} |`),
    ``,
    `## HTTP throughput: ${r.throughput.caseName} (autocannon, 127.0.0.1)`,
    ``,
    `| connections | requests/s | p99 ms | errors |`,
    `|---:|---:|---:|---:|`,
    ...r.throughput.levels.map((l) => `| ${l.connections} | ${int(l.requestsPerSecond)} | ${l.p99Ms} | ${l.errors} |`),
    ``,
    `## Request path: ${r.throughput.caseName} against a bare Apollo Server`,
    ``,
    `The same request at ${r.requestPath.connections} connections on bench/bare-server.ts (Apollo Server 5 on express 5, one constant`,
    `resolver) and on ours, both warmed up, alternating, ${r.requestPath.rounds} rounds of ${r.options.seconds} s each; then ours once more with the read cache off`,
    `(READ_CACHE_ENTRIES=0), where every lookup reaches the engine. autocannon always sends the same alias, so with the`,
    `cache on every lookup after the first is a hit.`,
    ``,
    `| server | requests/s | ratio to bare |`,
    `|---|---:|---:|`,
    `| bare Apollo Server | ${int(r.requestPath.bare)} | 1.00× |`,
    `| ours | ${int(r.requestPath.ours)} | ${ratio(r.requestPath.ours, r.requestPath.bare)} |`,
    `| ours, read cache off | ${int(r.requestPath.oursUncached)} | ${ratio(r.requestPath.oursUncached, r.requestPath.bare)} |`,
    ``,
    `Coordination gaps and indices on the projection (computed once per revision and cached by the server): ${(r.answersMs / 1000).toFixed(1)} s in-process.`,
    ``,
    `Server process memory with the graph loaded (after the load test): RSS ${mib(r.serverMemory.rss)}, peak ${mib(r.serverMemory.peak)}.`,
    ``,
    `## Goals`,
    ``,
    `| goal | measured | |`,
    `|---|---|---|`,
    `| M import ≤ 60 s | ${importSeconds.toFixed(1)} s (size ${r.options.size}) | ${goal(importSeconds <= 60)} |`,
    `| GraphQL over HTTP / engine ≤ 1.5× at p50 | ${r.cases.map((c) => `${c.name}: ${ratio(c.http.p50, engineP50(c.raw))}`).join('; ')} | ${goal(r.cases.every((c) => c.http.p50 <= 1.5 * (engineP50(c.raw) ?? Infinity)))} |`,
    `| actor lookup ≥ 1,500 requests/s | ${int(best)} requests/s (best level) | ${goal(best >= 1500)} |`,
    `| server RSS ≤ 1 GiB | ${mib(r.serverMemory.peak)} peak | ${goal(r.serverMemory.peak <= 2 ** 30)} |`,
    `| request path ≥ 0.7× a bare Apollo Server at ${r.requestPath.connections} connections (issue 17) | ${ratio(r.requestPath.ours, r.requestPath.bare)} (read cache off: ${ratio(r.requestPath.oursUncached, r.requestPath.bare)}) | ${goal(r.requestPath.ours >= 0.7 * r.requestPath.bare)} |`,
    ...([['connections', 50], ['neighborhood', 20]] as const).map(([name, limit]) => {
      const c = r.cases.find((k) => k.name.startsWith(name));
      if (!c) return `| \`${name}\` p95 ≤ ${limit} ms | not measured | |`;
      return `| \`${name}\` p95 ≤ ${limit} ms | ${ms(c.store.p95)} ms in-process, ${ms(c.http.p95)} ms over HTTP | ${goal(c.http.p95 <= limit)} |`;
    }),
    ``,
    notes.trim(),
    ``,
  ];
  return lines.join('\n');
}
