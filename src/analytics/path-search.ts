// The first N connections paths in answer order, without enumerating the others. The order is
// fewer hops first, then all-established paths, then the actor index sequence; so the search runs
// one pass per hop count h and, within it, one pass over established relations only and one over
// the rest, each a depth-first walk that offers neighbours in index order (sorted-links.ts): the
// paths of a pass come out in order, and the search stops at the N-th.
// A partial path is extended to an actor only when that actor can still reach a target within the
// hops left: a walk (not necessarily simple, ignoring the member-group rule, so never wrongly
// pruning) to a target through actors that may be intermediates. That distance is worked out
// lazily for the actors the search meets, and remembered for the query (target-distance-memo.ts).
import { AnalyticsError } from './errors.js';
import type { LinkRule } from './links.js';
import type { PathRoles } from './path-roles.js';
import { ESTABLISHED, type Projection } from './projection/projection.js';
import { sortedLinks, type SortedLinks } from './sorted-links.js';
import { ANY_STATUS, ESTABLISHED_ONLY, targetDistanceMemo, type TargetDistanceMemo } from './target-distance-memo.js';

/** A path found on the projection: actor and relation indexes. */
export interface ProjectedPath {
  actors: number[];
  relations: number[];
}

export interface SearchBounds {
  maxHops: number;
  first: number;
  includePlanned: boolean;
  /** Partial paths the search may extend before SEARCH_TOO_BROAD. */
  partialPaths: number;
  /** Link entries it may look at (extending paths and working out distances) before SEARCH_TOO_BROAD. */
  links: number;
}

export interface SearchOutcome {
  paths: ProjectedPath[];
  /** Partial paths extended. */
  expanded: number;
  /** Times an actor's distance to the targets was worked out (at most once per actor, hop count and mode). */
  distances: number;
  /** Link entries looked at, both for extending paths and for distances. */
  linksScanned: number;
}

/** Target ids are looked up in an actor's sorted links (binary search) rather than scanned for, when that is cheaper. */
const LOOKUP_COST = 16;

export class PathSearch {
  private readonly links: SortedLinks;
  private readonly memo: TargetDistanceMemo;
  private readonly statuses: Uint8Array;
  private readonly relationFrom: Int32Array;
  private readonly pathActors: Int32Array;
  private readonly pathRelations: Int32Array;
  private readonly found: ProjectedPath[] = [];
  private hops = 0;
  private mode = ESTABLISHED_ONLY;
  private expanded = 0;
  private distances = 0;
  private linksScanned = 0;

  constructor(
    private readonly projection: Projection,
    private readonly rule: LinkRule,
    private readonly roles: PathRoles,
    private readonly bounds: SearchBounds,
  ) {
    this.links = sortedLinks(projection);
    this.memo = targetDistanceMemo(projection);
    this.statuses = projection.relations.statuses;
    this.relationFrom = projection.relations.from;
    this.pathActors = new Int32Array(bounds.maxHops + 1);
    this.pathRelations = new Int32Array(bounds.maxHops);
  }

  run(): SearchOutcome {
    const { from } = this.roles;
    const { maxHops, first, includePlanned } = this.bounds;
    this.pathActors[0] = from;
    this.memo.onPath[from] = 1;
    try {
      for (let hops = this.roles.minHops; hops <= maxHops && this.found.length < first; hops++) {
        this.hops = hops;
        // includePlanned: false allows established relations only: the second pass would find nothing.
        for (const mode of includePlanned ? [ESTABLISHED_ONLY, ANY_STATUS] : [ESTABLISHED_ONLY]) {
          this.mode = mode;
          if (this.extend(from, 0, false, true)) break;
        }
      }
    } finally {
      // A search cut short (SEARCH_TOO_BROAD) leaves the memo as the next query needs it.
      this.memo.onPath[from] = 0;
      for (let d = 1; d < maxHops; d++) this.memo.onPath[this.pathActors[d] as number] = 0;
    }
    return { paths: this.found, expanded: this.expanded, distances: this.distances, linksScanned: this.linksScanned };
  }

  /**
   * Extends the partial path of `depth` hops ending at `actor` by one hop, in neighbour order.
   * `up`: its last hop went up a structural relation (member → group), so it may not go down one.
   * Returns true when the answer is complete.
   */
  private extend(actor: number, depth: number, up: boolean, allEstablished: boolean): boolean {
    const start = this.links.start[actor] as number;
    const end = this.links.start[actor + 1] as number;
    const targets = this.hops - depth === 1 ? this.fewTargets(end - start) : null;
    if (targets) {
      for (const t of targets) {
        const group = this.lowerBound(start, end, t);
        const groupEnd = this.groupEnd(group, end, t);
        if (group < groupEnd && this.offer(actor, depth, up, allEstablished, group, groupEnd)) return true;
      }
      return false;
    }
    const { neighbour } = this.links;
    for (let k = start; k < end; ) {
      const group = k;
      k = this.groupEnd(k, end, neighbour[k] as number);
      if (this.offer(actor, depth, up, allEstablished, group, k)) return true;
    }
    return false;
  }

  /** Offers the neighbour of links [group, groupEnd) as the next actor of the path; true when the answer is complete. */
  private offer(actor: number, depth: number, up: boolean, allEstablished: boolean, group: number, groupEnd: number): boolean {
    const b = this.links.neighbour[group] as number;
    const left = this.hops - depth - 1;
    if (this.memo.onPath[b] === 1) return false;
    if (left === 0 ? !this.roles.isTarget(b) : !this.roles.mayPass(b)) return false;
    const r = this.firmest(actor, group, groupEnd, up);
    if (r < 0) return false;
    const established = this.statuses[r] === ESTABLISHED;
    if (this.mode === ESTABLISHED_ONLY && !established) return false;
    if (left === 0) {
      // The established pass has already given every all-established path of this length.
      if (this.mode === ANY_STATUS && allEstablished && established) return false;
      this.record(depth, b, r);
      return this.found.length >= this.bounds.first;
    }
    if (!this.reachesTarget(b, left)) return false;
    if (++this.expanded > this.bounds.partialPaths) throw tooBroad(this.bounds, `${this.bounds.partialPaths} partial paths`);
    this.pathActors[depth + 1] = b;
    this.pathRelations[depth] = r;
    this.memo.onPath[b] = 1;
    const upward = this.rule.isStructure(r) && this.relationFrom[r] === actor;
    const complete = this.extend(b, depth + 1, upward, allEstablished && established);
    this.memo.onPath[b] = 0;
    return complete;
  }

  /** The firmest relation of links [group, end) (all to one neighbour) a path on `actor` may take; −1 when none. */
  private firmest(actor: number, group: number, end: number, up: boolean): number {
    let best = -1;
    for (let j = group; j < end; j++) {
      const r = this.links.relation[j] as number;
      if (!this.rule.canStep(r, actor)) continue;
      // Never up into a group and down again to another member through it.
      if (up && this.relationFrom[r] !== actor && this.rule.isStructure(r)) continue;
      if (best < 0 || this.projection.firmer(r, best)) best = r;
    }
    return best;
  }

  private record(depth: number, target: number, r: number): void {
    const actors = Array.from(this.pathActors.subarray(0, depth + 1));
    actors.push(target);
    const relations = Array.from(this.pathRelations.subarray(0, depth));
    relations.push(r);
    this.found.push({ actors, relations });
  }

  /**
   * Whether some walk of 1 to `hops` allowed links leads from `actor` to a target through actors
   * that may be intermediates (in the current mode's statuses).
   */
  private reachesTarget(actor: number, hops: number): boolean {
    const mode = this.mode;
    const known = this.memo.known(actor, mode, hops);
    if (known !== undefined) return known;
    this.distances++;
    const { neighbour, relation } = this.links;
    const start = this.links.start[actor] as number;
    const end = this.links.start[actor + 1] as number;
    if (this.nextToTarget(actor, start, end, mode)) {
      this.memo.reaches(actor, mode, 1);
      return true;
    }
    if (hops >= 2) {
      this.scanned(end - start);
      for (let k = start; k < end; k++) {
        const b = neighbour[k] as number;
        if (!this.roles.mayPass(b) || !this.allowed(relation[k] as number, actor, mode)) continue;
        if (this.reachesTarget(b, hops - 1)) {
          this.memo.reaches(actor, mode, this.memo.withinOf(b, mode) + 1);
          return true;
        }
      }
    }
    this.memo.fails(actor, mode, hops);
    return false;
  }

  /** Whether one of links [start, end) of `actor` is an allowed step to a target. */
  private nextToTarget(actor: number, start: number, end: number, mode: number): boolean {
    const { neighbour, relation } = this.links;
    const targets = this.fewTargets(end - start);
    if (targets) {
      for (const t of targets) {
        const group = this.lowerBound(start, end, t);
        for (let k = group, groupEnd = this.groupEnd(group, end, t); k < groupEnd; k++) if (this.allowed(relation[k] as number, actor, mode)) return true;
      }
      return false;
    }
    this.scanned(end - start);
    for (let k = start; k < end; k++) {
      if (this.allowed(relation[k] as number, actor, mode) && this.roles.isTarget(neighbour[k] as number)) return true;
    }
    return false;
  }

  /** The target ids, when looking each up in `linkCount` sorted links is cheaper than scanning them. */
  private fewTargets(linkCount: number): Int32Array | null {
    const targets = this.roles.targetList;
    return targets && targets.length * LOOKUP_COST < linkCount ? targets : null;
  }

  /** The first of links [start, end) whose neighbour is ≥ b. */
  private lowerBound(start: number, end: number, b: number): number {
    const { neighbour } = this.links;
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((neighbour[mid] as number) < b) lo = mid + 1;
      else hi = mid;
    }
    this.scanned(LOOKUP_COST);
    return lo;
  }

  /** The end of the run of links from `k` whose neighbour is b. */
  private groupEnd(k: number, end: number, b: number): number {
    const { neighbour } = this.links;
    let j = k;
    while (j < end && neighbour[j] === b) j++;
    this.scanned(j - k);
    return j;
  }

  private allowed(r: number, actor: number, mode: number): boolean {
    return (mode === ANY_STATUS || this.statuses[r] === ESTABLISHED) && this.rule.canStep(r, actor);
  }

  private scanned(links: number): void {
    this.linksScanned += links;
    if (this.linksScanned > this.bounds.links) throw tooBroad(this.bounds, `${this.bounds.links} links looked at`);
  }
}

function tooBroad({ maxHops, partialPaths, links }: SearchBounds, over: string) {
  return new AnalyticsError('SEARCH_TOO_BROAD', `more than ${over} within ${maxHops} hops: lower maxHops, or narrow \`via\` or \`to\``, {
    limit: partialPaths,
    links,
  });
}
