// One projection per store, keyed by the store's revision. A request reads the revision (at most
// every `checkEveryMs`, and always after a write through this process); when it moved, a rebuild
// starts in the background and the request waits for it at most `waitMs`, else it is answered
// from the previous projection, whose revision the answer states. One rebuild at a time; a write
// during a rebuild makes the next check start another.
import type { GraphStore } from '../../graph/store.js';
import { wholeGraphMeasures, type WholeGraphMeasures } from '../measures/whole-graph.js';
import { buildProjection } from './build.js';
import type { Projection } from './projection.js';

export interface RevisionSource {
  /** The graph's revision (a database counter, or this process's own write count). */
  revision(): Promise<number> | number;
}

export interface ProjectionCacheOptions {
  /** How often a request may read the revision from the database; 0 = every request. */
  checkEveryMs?: number;
  /** How long a request waits for a rebuild in progress before answering from the previous projection. */
  waitMs?: number;
  /** Writes made through this process (e.g. RevisionedStore's count): when it moves, the next request reads the revision whatever the interval. */
  localWrites?: () => number;
  /** Start the whole-graph measures as soon as a projection is built (default true). */
  measureInBackground?: boolean;
  /** Builds a projection (default: from the store's topology stream). */
  build?: (store: GraphStore, revision: number) => Promise<Projection>;
}

export class ProjectionCache {
  private current?: Projection;
  private building?: { revision: number; done: Promise<Projection> };
  private measured?: { revision: number; done: Promise<WholeGraphMeasures> };
  private checkedAt = -Infinity;
  private lastSeen?: number;
  private readonly checkEveryMs: number;
  private readonly waitMs: number;
  private readonly build: (store: GraphStore, revision: number) => Promise<Projection>;
  private readonly localWrites: () => number;
  private readonly measureInBackground: boolean;
  private seenWrites = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly revisions: RevisionSource,
    options: ProjectionCacheOptions = {},
  ) {
    this.checkEveryMs = options.checkEveryMs ?? 50;
    this.waitMs = options.waitMs ?? 250;
    this.build = options.build ?? buildProjection;
    this.localWrites = options.localWrites ?? (() => 0);
    this.measureInBackground = options.measureInBackground ?? true;
  }

  /** The freshest projection available within the wait budget. */
  async get(): Promise<Projection> {
    const now = performance.now();
    const writes = this.localWrites();
    if (now - this.checkedAt >= this.checkEveryMs || writes !== this.seenWrites) {
      this.checkedAt = now;
      this.seenWrites = writes;
      this.lastSeen = await this.revisions.revision();
    }
    const wanted = this.lastSeen as number;
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
    if (this.measured?.revision !== projection.revision) {
      const done = wholeGraphMeasures(projection);
      const measured = { revision: projection.revision, done };
      done.catch(() => {
        if (this.measured === measured) this.measured = undefined;
      });
      this.measured = measured;
    }
    return this.measured.done;
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
