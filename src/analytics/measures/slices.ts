// Runs a long computation written as a generator (it yields between steps): all at once, or in
// slices that let the event loop answer requests in between (whole-graph measures in a server).
import { WorkClock } from '../work-clock.js';

export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Steps, giving the event loop a turn whenever a slice of work has run. */
export async function runInSlices<T>(steps: Generator<void, T>, clock = new WorkClock()): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await clock.breathe();
  }
}
