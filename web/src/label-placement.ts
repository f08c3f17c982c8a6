// Which labels to print, and node labels on which side, so that no label overlaps another label
// or another actor's disc. Greedy, in the priority order given (the answer first, then the
// biggest actors): a node label tries the right, left, below and above of its node and takes the
// first free place; an edge label has one place, along the middle of its edge. A node label that
// finds no place may have smaller forms (a smaller font, a shortened name): once every label had
// its turn at full size, those left out try their smaller forms, in the same order. A label with
// no free place in any form is left out (hovering still shows it). Pure: screen pixels in and out.

export type Slot = 'right' | 'left' | 'below' | 'above';
const SLOTS: readonly Slot[] = ['right', 'left', 'below', 'above'];

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface LabelCandidate {
  id: string;
  /** Centre of the node in viewport pixels (y down). */
  x: number;
  y: number;
  radius: number;
  /** The label's text box in pixels. */
  width: number;
  height: number;
  /** Smaller forms of the label (their text boxes), tried in order when the full one finds no place. */
  fallbacks?: readonly { width: number; height: number }[];
}

/** An edge label: the box it would occupy (the axis-aligned bounds of its rotated text). */
export interface EdgeLabelCandidate {
  edge: string;
  box: Box;
}

export interface Disc {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** Where the label's box lies for a slot: `margin` pixels off the node's disc, as sigma draws it. */
export function labelBox(c: LabelCandidate, slot: Slot, margin: number): Box {
  const start = c.radius + margin;
  switch (slot) {
    case 'right':
      return { minX: c.x + start, maxX: c.x + start + c.width, minY: c.y - c.height / 2, maxY: c.y + c.height / 2 };
    case 'left':
      return { minX: c.x - start - c.width, maxX: c.x - start, minY: c.y - c.height / 2, maxY: c.y + c.height / 2 };
    case 'below':
      return { minX: c.x - c.width / 2, maxX: c.x + c.width / 2, minY: c.y + start, maxY: c.y + start + c.height };
    case 'above':
      return { minX: c.x - c.width / 2, maxX: c.x + c.width / 2, minY: c.y - start - c.height, maxY: c.y - start };
  }
}

export const overlaps = (a: Box, b: Box): boolean => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

const discBox = (d: Disc): Box => ({ minX: d.x - d.radius, maxX: d.x + d.radius, minY: d.y - d.radius, maxY: d.y + d.radius });

/** Boxes bucketed on a coarse grid, so each test looks only at its neighbourhood. */
class BoxGrid {
  private readonly cells = new Map<string, { box: Box; owner: string }[]>();
  constructor(private readonly cell: number) {}

  private *keys(box: Box): Generator<string> {
    for (let i = Math.floor(box.minX / this.cell); i <= Math.floor(box.maxX / this.cell); i++)
      for (let j = Math.floor(box.minY / this.cell); j <= Math.floor(box.maxY / this.cell); j++) yield `${i},${j}`;
  }

  add(box: Box, owner: string): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
    }
  }

  /** Whether `box` overlaps anything but what `owner` itself put there. */
  collides(box: Box, owner: string): boolean {
    for (const key of this.keys(box)) for (const item of this.cells.get(key) ?? []) if (item.owner !== owner && overlaps(box, item.box)) return true;
    return false;
  }
}

export interface Placement {
  nodes: Map<string, Slot>;
  /** For node labels placed in a smaller form: 1 + the index of that form in `fallbacks`. */
  variants: Map<string, number>;
  edges: Set<string>;
}

/** The candidate's label in form `variant` (0: full; n: fallbacks[n − 1]). */
export const labelForm = (c: LabelCandidate, variant: number): LabelCandidate => (variant === 0 ? c : { ...c, ...c.fallbacks![variant - 1]! });

/**
 * Places labels in the order given. `discs` are the drawn actors (labels must not cover them);
 * `bounds` is the visible area: a label that would leave it is not placed there.
 */
export function placeLabels(
  candidates: readonly (LabelCandidate | EdgeLabelCandidate)[],
  discs: readonly Disc[],
  bounds: Box,
  margin = 4,
  /** The form every node label tries first (0: its full form); the larger ones only where room is left at the end. */
  firstForm = 0,
): Placement {
  const grid = new BoxGrid(64);
  for (const disc of discs) grid.add(discBox(disc), disc.id);
  const inside = (box: Box) => box.minX >= bounds.minX && box.maxX <= bounds.maxX && box.minY >= bounds.minY && box.maxY <= bounds.maxY;
  // Labels keep a pixel of air between them.
  const take = (box: Box, owner: string) => grid.add({ minX: box.minX - 1, minY: box.minY - 1, maxX: box.maxX + 1, maxY: box.maxY + 1 }, owner);
  const placed: Placement = { nodes: new Map(), variants: new Map(), edges: new Set() };
  const formsOf = (c: LabelCandidate) => 1 + (c.fallbacks?.length ?? 0);
  const nodes = candidates.filter((c): c is LabelCandidate => !('edge' in c));
  /** Puts the label in form `variant` on its first free side; false when none is free. */
  const tryForm = (candidate: LabelCandidate, variant: number): boolean => {
    const form = labelForm(candidate, variant);
    for (const slot of SLOTS) {
      const box = labelBox(form, slot, margin);
      if (!inside(box) || grid.collides(box, candidate.id)) continue;
      take(box, candidate.id);
      placed.nodes.set(candidate.id, slot);
      if (variant > 0) placed.variants.set(candidate.id, variant);
      else placed.variants.delete(candidate.id);
      return true;
    }
    return false;
  };
  const forms = Math.max(1, ...nodes.map(formsOf));
  for (let variant = Math.min(firstForm, forms - 1); variant < forms; variant++) {
    for (const candidate of candidates) {
      if ('edge' in candidate) {
        // An edge label may cross its own edge's discs' neighbourhood only where nothing else is.
        if (placed.edges.has(candidate.edge) || !inside(candidate.box) || grid.collides(candidate.box, `edge:${candidate.edge}`)) continue;
        take(candidate.box, `edge:${candidate.edge}`);
        placed.edges.add(candidate.edge);
        continue;
      }
      if (placed.nodes.has(candidate.id)) continue;
      tryForm(candidate, Math.min(variant, formsOf(candidate) - 1));
    }
  }
  // Labels placed in a smaller form take a larger one where it now fits (their smaller box stays
  // reserved: nothing placed later can come to overlap either).
  for (const candidate of nodes) {
    const current = placed.variants.get(candidate.id) ?? 0;
    for (let variant = 0; variant < current && placed.nodes.has(candidate.id); variant++) if (tryForm(candidate, variant)) break;
  }
  return placed;
}

/** The box an edge label takes: centred between the discs' borders, turned along the edge. */
export function edgeLabelBox(from: Disc, to: Disc, width: number, height: number): Box | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  // The label must fit along the visible part of the edge.
  if (length - from.radius - to.radius < width + 8) return null;
  const ux = dx / length;
  const uy = dy / length;
  const cx = (from.x + ux * from.radius + to.x - ux * to.radius) / 2;
  const cy = (from.y + uy * from.radius + to.y - uy * to.radius) / 2;
  const ex = (Math.abs(ux) * width + Math.abs(uy) * height) / 2;
  const ey = (Math.abs(uy) * width + Math.abs(ux) * height) / 2;
  return { minX: cx - ex, maxX: cx + ex, minY: cy - ey, maxY: cy + ey };
}
