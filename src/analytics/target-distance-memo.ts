// What one connections search learns about how far each actor it meets is from the targets, in
// typed arrays kept per projection (a search is synchronous, so one set serves every query) and
// invalidated per query by a generation stamp instead of being cleared.
import type { Projection } from './projection/projection.js';

/** Modes: walks over established relations only, or over any allowed relation. */
export const ESTABLISHED_ONLY = 0;
export const ANY_STATUS = 1;

const UNKNOWN_WITHIN = 127;

export class TargetDistanceMemo {
  private readonly stamp: Uint32Array;
  /** Per actor and mode: the most hops known not to reach a target. */
  private readonly notWithin: Int8Array;
  /** Per actor and mode: the fewest hops known to reach one. */
  private readonly within: Int8Array;
  /** The actors of the partial path being extended (cleared as the search backs up). */
  readonly onPath: Uint8Array;
  private generation = 0;

  constructor(actorCount: number) {
    this.stamp = new Uint32Array(actorCount);
    this.notWithin = new Int8Array(actorCount * 2);
    this.within = new Int8Array(actorCount * 2);
    this.onPath = new Uint8Array(actorCount);
  }

  /** Forgets everything learnt by the previous query. */
  reset(): void {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  /** The memo's slot of the actor in mode 0 (mode 1 is the next), fresh for this query. */
  private slot(actor: number): number {
    if (this.stamp[actor] !== this.generation) {
      this.stamp[actor] = this.generation;
      this.notWithin[2 * actor] = this.notWithin[2 * actor + 1] = 0;
      this.within[2 * actor] = this.within[2 * actor + 1] = UNKNOWN_WITHIN;
    }
    return 2 * actor;
  }

  /**
   * Whether the actor reaches a target within `hops`: true / false when known, undefined when it
   * has to be worked out. What established relations reach, any reach; what any relations do not
   * reach, established ones do not either.
   */
  known(actor: number, mode: number, hops: number): boolean | undefined {
    const s = this.slot(actor);
    if ((this.within[s] as number) <= hops) return true;
    if ((this.notWithin[s + 1] as number) >= hops) return false;
    if ((this.within[s + mode] as number) <= hops) return true;
    if ((this.notWithin[s + mode] as number) >= hops) return false;
    return undefined;
  }

  reaches(actor: number, mode: number, hops: number): void {
    const s = this.slot(actor) + mode;
    if ((this.within[s] as number) > hops) this.within[s] = hops;
  }

  fails(actor: number, mode: number, hops: number): void {
    const s = this.slot(actor) + mode;
    if ((this.notWithin[s] as number) < hops) this.notWithin[s] = hops;
  }

  /** The fewest hops known to reach a target (after `reaches`). */
  withinOf(actor: number, mode: number): number {
    return this.within[this.slot(actor) + mode] as number;
  }
}

const memos = new WeakMap<Projection, TargetDistanceMemo>();

/** The projection's memo, reset for a new query. */
export function targetDistanceMemo(projection: Projection): TargetDistanceMemo {
  let memo = memos.get(projection);
  if (!memo) {
    memo = new TargetDistanceMemo(projection.actorCount);
    memos.set(projection, memo);
  }
  memo.reset();
  return memo;
}
