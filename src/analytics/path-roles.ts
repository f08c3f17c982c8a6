// Who may end a connections path (the target set) and who may stand inside one (an intermediate),
// as lookups by kind code and district flag: the search asks both for every actor it meets.
// docs/analytics.md, "connections": `to` is a conjunction of kinds, inDistrict and ids; `from` is
// never a target; with `via` every intermediate is of a via kind (and may be a target too);
// without, any actor but a government body, a policy or a target.
import { ACTOR_KINDS, type ActorKind } from '../graph/model.js';
import { HUB_KINDS } from './flow.js';
import { KIND_CODE, type Projection } from './projection/projection.js';

export interface ConnectionTarget {
  kinds?: readonly ActorKind[] | null;
  inDistrict?: boolean | null;
  ids?: readonly string[] | null;
}

const HUB_KIND = Uint8Array.from(ACTOR_KINDS, (k) => (HUB_KINDS.has(k) ? 1 : 0));

/** 1 for each kind code in `kinds`. */
function kindMask(kinds: readonly ActorKind[]): Uint8Array {
  const mask = new Uint8Array(ACTOR_KINDS.length);
  for (const k of kinds) {
    const code = KIND_CODE.get(k);
    if (code !== undefined) mask[code] = 1;
  }
  return mask;
}

export class PathRoles {
  private readonly targetKind: Uint8Array | null;
  private readonly targetInDistrict: number;
  private readonly targetIds: ReadonlySet<number> | null;
  /** With `ids`, the targets in index order (for a search to look them up rather than scan for them). */
  readonly targetList: Int32Array | null;
  private readonly viaKind: Uint8Array | null;
  private readonly kinds: Uint8Array;
  private readonly inDistrict: Uint8Array;

  constructor(
    projection: Projection,
    /** The start actor's index. */
    readonly from: number,
    to: ConnectionTarget,
    via: readonly ActorKind[] | null | undefined,
  ) {
    this.targetKind = to.kinds?.length ? kindMask(to.kinds) : null;
    this.targetInDistrict = to.inDistrict == null ? -1 : to.inDistrict ? 1 : 0;
    this.targetIds = to.ids?.length ? new Set(to.ids.map((id) => projection.indexOf(id))) : null;
    this.viaKind = via?.length ? kindMask(via) : null;
    ({ kinds: this.kinds, inDistrict: this.inDistrict } = projection.actors);
    this.targetList = this.targetIds ? Int32Array.from([...this.targetIds].filter((a) => a >= 0 && this.isTarget(a))).sort() : null;
  }

  /** With `via`, a path needs an intermediate: at least two hops. */
  get minHops(): number {
    return this.viaKind ? 2 : 1;
  }

  isTarget(a: number): boolean {
    return (
      a !== this.from &&
      (this.targetKind === null || this.targetKind[this.kinds[a] as number] === 1) &&
      (this.targetInDistrict < 0 || this.inDistrict[a] === this.targetInDistrict) &&
      (this.targetIds === null || this.targetIds.has(a))
    );
  }

  /** Whether a path may pass through `a` on its way (the start and the path's own actors aside). */
  mayPass(a: number): boolean {
    if (a === this.from) return false;
    const kind = this.kinds[a] as number;
    return this.viaKind ? this.viaKind[kind] === 1 : HUB_KIND[kind] === 0 && !this.isTarget(a);
  }
}
