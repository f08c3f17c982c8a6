// Runs a long computation written as a generator (it yields between steps): all at once, or in
// slices that let the event loop answer requests in between (whole-graph measures in a server).
import { setImmediate as nextTurn } from 'node:timers/promises';

export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Steps until `sliceMs` have passed, then gives the event loop a turn. */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs = 10): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
