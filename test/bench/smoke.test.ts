// A few seconds of the benchmark on the XS graph, so that `npm run bench` cannot rot unnoticed:
// every stage runs on the real engine and a real server process, and every figure is a figure.
import { describe, expect, it } from 'vitest';
import { renderResults } from '../../bench/report.js';
import { runBench } from '../../bench/run-bench.js';

describe('bench smoke (XS)', () => {
  it('imports, times every case three ways, loads the server, compares it with a bare Apollo server and reports it', async () => {
    const results = await runBench({ size: 'XS', iterations: 5, seconds: 1, concurrency: [1, 4] });

    expect(results.relations).toBe(1_000);
    expect(results.imports.map((i) => i.report.path)).toEqual(['bulk', 'bulk', 'batches']);
    for (const c of results.cases) {
      for (const p of [c.store, c.http]) expect(p.p50).toBeGreaterThan(0);
      if (c.raw !== null) expect(c.raw).toHaveProperty('p50');
    }
    for (const level of results.throughput.levels) {
      expect(level.errors).toBe(0);
      expect(level.requestsPerSecond).toBeGreaterThan(0);
    }
    expect(results.serverMemory.rss).toBeGreaterThan(0);
    const { bare, ours, oursUncached } = results.requestPath;
    for (const figure of [bare, ours, oursUncached]) expect(figure).toBeGreaterThan(0);
    const report = renderResults(results, '## Analysis');
    expect(report).toContain('| actor by alias |');
    expect(report).toMatch(/\| ours \| [\d,]+ \| \d+\.\d\d× \|/);
  }, 120_000);
});
