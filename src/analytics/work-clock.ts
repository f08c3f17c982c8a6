// Long whole-graph work inside a server: how long each part took (the bench prints it, the log
// keeps it), and a turn for the event loop whenever a slice of work has run, so that other
// requests are answered while gaps and indices compute.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work between two turns of the event loop, at most (a unit of work may overrun it once). */
export const SLICE_MS = 10;

export class WorkClock {
  /** Milliseconds per part, in the order the parts first ran. */
  readonly parts = new Map<string, number>();
  private sliceStart = performance.now();

  constructor(
    private readonly sliceMs = SLICE_MS,
    /** Told each time a part has run (the bench shows progress with it). */
    private readonly onPart?: (part: string, ms: number) => void,
    /** Aborted when the server stops: the work ends at its next turn instead of holding the shutdown. */
    private readonly signal?: AbortSignal,
  ) {}

  /** Gives the event loop a turn when this slice has run long enough: await it between units of work. */
  async breathe(): Promise<void> {
    this.signal?.throwIfAborted();
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await nextTurn();
    this.signal?.throwIfAborted();
    this.sliceStart = performance.now();
  }

  /** Runs `work`, adding its time (turns given away included) to `part`. */
  async time<T>(part: string, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.record(part, performance.now() - started);
    }
  }

  record(part: string, ms: number): void {
    this.parts.set(part, (this.parts.get(part) ?? 0) + ms);
    this.onPart?.(part, ms);
  }
}
