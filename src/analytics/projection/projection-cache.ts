// One projection per store, keyed by the store's revision (a counter in the database, so every
// replica sees every write). A request reads the revision (every request, or at most every
// `checkEveryMs`); when it moved, a rebuild
// starts in the background and the request waits for it at most `waitMs`, else it is answered
// from the previous projection, whose revision the answer states. One rebuild at a time; a write
// during a rebuild makes the next check start another.
import type { GraphStore } from '../../graph/store.js';
import { wholeGraphMeasures, type WholeGraphMeasures } from '../measures/whole-graph.js';
import { buildProjection } from './build.js';
import type { Projection } from './projection.js';

export interface ProjectionCacheOptions {
  /** How often a request may read the revision from the database; 0 (default) = every request. A write through the store makes the next request read it regardless. */
  checkEveryMs?: number;
  /** How long a request waits for a rebuild in progress before answering from the previous projection. */
  waitMs?: number;
  /** Start the whole-graph measures as soon as a projection is built (default true). */
  measureInBackground?: boolean;
  /** Builds a projection (default: from the store's topology stream). */
  build?: (store: GraphStore, revision: number) => Promise<Projection>;
}

export class ProjectionCache {
  private current?: Projection;
  private building?: { revision: number; done: Promise<Projection> };
  private readonly derived = new Map<string, { revision: number; done: Promise<unknown> }>();
  private readonly background: ((projection: Projection) => Promise<unknown>)[] = [];
  private checkedAt = -Infinity;
  private readonly stopper = new AbortController();
  private lastSeen?: Promise<number>;
  /** The store's count of writes made through it when the revision was last read: read-your-writes within the check interval. */
  private writesSeen = -1;
  private readonly checkEveryMs: number;
  private readonly waitMs: number;
  private readonly build: (store: GraphStore, revision: number) => Promise<Projection>;
  private readonly measureInBackground: boolean;

  constructor(
    private readonly store: GraphStore,
    options: ProjectionCacheOptions = {},
  ) {
    this.checkEveryMs = options.checkEveryMs ?? 0;
    this.waitMs = options.waitMs ?? 250;
    this.build = options.build ?? buildProjection;
    this.measureInBackground = options.measureInBackground ?? true;
  }

  /** Aborted by stop(): background work checks it at each turn it gives the event loop. */
  get stopping(): AbortSignal {
    return this.stopper.signal;
  }

  /** Ends the background work (whole-graph measures and answers) at its next turn: the server is stopping. */
  stop(): void {
    this.stopper.abort(new Error('the server is stopping'));
  }

  /** The freshest projection available within the wait budget. */
  async get(): Promise<Projection> {
    const now = performance.now();
    const writes = this.store.localWrites();
    if (!this.lastSeen || now - this.checkedAt >= this.checkEveryMs || writes !== this.writesSeen) {
      this.checkedAt = now;
      this.writesSeen = writes;
      this.lastSeen = this.store.revision();
      // A failed read is not kept: the next request reads again.
      this.lastSeen.catch(() => {
        this.checkedAt = -Infinity;
      });
    }
    // Requests within the interval share the last read, even one still under way.
    const wanted = await this.lastSeen;
    if (this.current?.revision !== wanted && !this.building) this.rebuild(wanted);
    const building = this.building;
    if (!this.current) return (building as { done: Promise<Projection> }).done;
    if (!building) return this.current;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Projection>((resolve) => {
      timer = setTimeout(() => resolve(this.current as Projection), this.waitMs);
    });
    try {
      return await Promise.race([building.done.catch(() => this.current as Projection), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Degree, sampled betweenness and communities of a projection (one `get` returned): started in
   * the background as soon as a projection is built, computed once per revision.
   */
  measures(projection: Projection): Promise<WholeGraphMeasures> {
    return this.derive(projection, 'measures', (p) => wholeGraphMeasures(p, undefined, this.stopping));
  }

  /**
   * A result of a projection computed once per revision under `key` (the previous revision's is
   * dropped); a failed computation is not kept, so the next request tries again.
   */
  derive<T>(projection: Projection, key: string, compute: (projection: Projection) => Promise<T>): Promise<T> {
    const known = this.derived.get(key);
    if (known?.revision === projection.revision) return known.done as Promise<T>;
    const done = compute(projection);
    const entry = { revision: projection.revision, done };
    done.catch(() => {
      if (this.derived.get(key) === entry) this.derived.delete(key);
    });
    this.derived.set(key, entry);
    return done;
  }

  /** Work started on every projection as soon as it is built (whole-graph answers), beside the measures. */
  runAfterBuild(work: (projection: Projection) => Promise<unknown>): void {
    this.background.push(work);
  }

  private rebuild(revision: number): void {
    const done = this.build(this.store, revision);
    const building = { revision, done };
    this.building = building;
    done.then(
      (projection) => {
        if (!this.current || projection.revision >= this.current.revision) {
          this.current = projection;
          if (this.measureInBackground) void this.measures(projection).catch(() => undefined);
          if (!this.stopping.aborted) for (const work of this.background) void work(projection).catch(() => undefined);
        }
        if (this.building === building) this.building = undefined;
      },
      () => {
        // A failed read is not cached: the next request tries again.
        if (this.building === building) this.building = undefined;
      },
    );
  }
}
