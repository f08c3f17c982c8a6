// Latency percentiles of an async call, measured one call at a time after a warm-up.

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Runs `call(i)` `iterations` times (after `iterations / 10` unmeasured ones); milliseconds. */
export async function measure(call: (i: number) => Promise<unknown>, iterations: number): Promise<Percentiles> {
  for (let i = 0; i < Math.ceil(iterations / 10); i += 1) await call(i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await call(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}
