// Latency percentiles of an async call, measured one call at a time after a warm-up.

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
  /** This process's CPU time per timed call (user + system, every thread: an embedded engine's included), ms. */
  cpuMs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** A slow case stops after this long once it has this many samples, so that one run stays bounded. */
const BUDGET_MS = 20_000;
const MIN_SAMPLES = 20;

/** Runs `call(i)` `iterations` times (after `iterations / 10` unmeasured ones), within `budgetMs` once it has enough samples; milliseconds. */
export async function measure(call: (i: number) => Promise<unknown>, iterations: number, budgetMs = BUDGET_MS): Promise<Percentiles> {
  const began = performance.now();
  for (let i = 0; i < Math.ceil(iterations / 10) && performance.now() - began < budgetMs / 4; i += 1) await call(i);
  const times: number[] = [];
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < iterations; i += 1) {
    const elapsed = performance.now() - start;
    // Past the budget with enough samples, or past twice the budget with whatever it has.
    if ((times.length >= MIN_SAMPLES && elapsed > budgetMs) || (times.length > 0 && elapsed > 2 * budgetMs)) break;
    const started = performance.now();
    await call(i);
    times.push(performance.now() - started);
  }
  const { user, system } = process.cpuUsage(cpu);
  const cpuMs = (user + system) / 1000 / Math.max(1, times.length);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), samples: times.length, cpuMs };
}
