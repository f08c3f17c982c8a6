// What the canvas shows, as a graphology graph: the actors and relations fetched so far, with
// the attributes the renderer draws (colour, size, line style, labels) and the marks of filters,
// collapsed groups and the highlighted answer.
import { MultiDirectedGraph } from 'graphology';
import type { Subgraph } from './api/neighbourhood.js';
import type { ActorSummary, Figure, RelationSummary } from './api/types.js';
import { edgeLabel } from './edge-label.js';
import { actorLabel } from './i18n/actor-label.js';
import { t } from './i18n/ui-text.js';
import { kindName } from './i18n/vocabulary-names.js';
import {
  DASH_PATTERNS,
  kindColor,
  lineStyle,
  relationColor,
  type ActorKind,
  type Basis,
  type RelationStatus,
  type RelationType,
} from './vocabulary.js';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  name: string;
  nameEn: string | null;
  kind: ActorKind;
  inDistrict: boolean;
  expanded: boolean;
  /** Hidden by a legend filter. */
  filtered: boolean;
  /** The group node that stands in for this actor while its group is collapsed. */
  collapsedInto: string | null;
  /** Part of the current answer (a path, a gap): drawn on top, the rest fades. */
  marked: boolean;
  /** Set on a collapsed group's stand-in node: whose neighbours of which kind it holds. */
  group: { anchor: string; kind: ActorKind; members: string[] } | null;
  /** The chosen measure's value (degree, brokerage, an index contribution); null when it has none. */
  measure: number | null;
  /** Held in place while the layout settles newcomers around it. */
  fixed: boolean;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  label: string;
  type: RelationType;
  status: RelationStatus;
  basis: Basis;
  /** Amounts, shares and counts the relation carries, for its label. */
  figures: Figure[];
  dashSize: number;
  gapSize: number;
  filtered: boolean;
  /** An end is hidden (filtered out or collapsed into a group): the edge is not drawn. */
  endHidden: boolean;
  marked: boolean;
  /** Drawn for a collapsed group: stands in for `count` relations of its members. */
  synthetic: boolean;
  count: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface Filters {
  hiddenKinds: Set<string>;
  hiddenTypes: Set<string>;
  hiddenStatuses: Set<string>;
  hiddenBases: Set<string>;
}

/** What a relation needs to be drawn: its ends, type, status, basis and figures. */
export interface DrawnRelation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  status: RelationStatus;
  basis?: Basis;
  figures?: Figure[];
}

export const groupLabel = (group: { kind: string; members: string[] }): string =>
  t('group', { kind: kindName(group.kind), n: group.members.length });

export const isVisible = (a: NodeAttributes): boolean => !a.filtered && a.collapsedInto === null;

export class GraphState {
  readonly graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  readonly filters: Filters = { hiddenKinds: new Set(), hiddenTypes: new Set(), hiddenStatuses: new Set(), hiddenBases: new Set() };
  /** True while something is marked: unmarked items then fade. */
  highlighting = false;

  /** Adds the actor if new; returns whether it was. `near` places it beside a node already drawn. */
  addActor(actor: Pick<ActorSummary, 'id' | 'kind' | 'name' | 'nameEn' | 'inDistrict'>, near?: string): boolean {
    if (this.graph.hasNode(actor.id)) return false;
    const origin = near && this.graph.hasNode(near) ? this.graph.getNodeAttributes(near) : { x: 0, y: 0 };
    // Each actor leaves its neighbour at its own angle (from its id), so layouts are reproducible.
    const angle = hashAngle(actor.id);
    this.graph.addNode(actor.id, {
      x: origin.x + Math.cos(angle) * 10,
      y: origin.y + Math.sin(angle) * 10,
      size: 8,
      color: kindColor(actor.kind),
      label: actorLabel(actor),
      name: actor.name,
      nameEn: actor.nameEn,
      kind: actor.kind,
      inDistrict: actor.inDistrict,
      expanded: false,
      filtered: this.filters.hiddenKinds.has(actor.kind),
      collapsedInto: null,
      marked: false,
      group: null,
      measure: null,
      fixed: false,
    });
    return true;
  }

  /** A relation from an API answer (a path, a gap), with its ends. */
  addRelation(relation: RelationSummary, near?: string): void {
    this.addActor(relation.from, near);
    this.addActor(relation.to, near);
    this.addEdge({
      id: relation.id,
      source: relation.from.id,
      target: relation.to.id,
      type: relation.type,
      status: relation.status,
      basis: relation.basis,
      figures: relation.metrics,
    });
  }

  /** Merges a neighbourhood from the API (graphology's serialised shape) into the drawing. */
  addSubgraph(subgraph: Subgraph, figures: Map<string, Figure[]>, near?: string): void {
    for (const { key, attributes: a } of subgraph.nodes) {
      this.addActor({ id: key, kind: a.kind, name: a.label, nameEn: a.labelEn ?? null, inDistrict: a.inDistrict }, near);
    }
    for (const { key, source, target, attributes: a } of subgraph.edges) {
      this.addEdge({ id: key, source, target, type: a.type, status: a.status, basis: a.basis, figures: figures.get(key) ?? [] });
    }
  }

  addEdge(relation: DrawnRelation): void {
    if (!this.graph.hasNode(relation.source) || !this.graph.hasNode(relation.target)) return;
    const { id, source, target, type, status, basis = 'STATED', figures = [] } = relation;
    if (this.graph.hasEdge(id)) {
      if (figures.length) this.setFigures(id, figures);
      return;
    }
    const [dashSize, gapSize] = DASH_PATTERNS[lineStyle(status, basis)];
    const attributes: EdgeAttributes = {
      size: 1.5,
      color: relationColor(type),
      label: '',
      type,
      status,
      basis,
      figures,
      dashSize,
      gapSize,
      filtered: this.edgeFilteredOut({ type, status, basis }),
      endHidden: !isVisible(this.graph.getNodeAttributes(source)) || !isVisible(this.graph.getNodeAttributes(target)),
      marked: false,
      synthetic: false,
      count: 1,
    };
    attributes.label = edgeLabel(attributes);
    this.graph.addDirectedEdgeWithKey(id, source, target, attributes);
  }

  setFigures(edge: string, figures: Figure[]): void {
    if (!this.graph.hasEdge(edge)) return;
    this.graph.mergeEdgeAttributes(edge, { figures });
    this.graph.setEdgeAttribute(edge, 'label', edgeLabel(this.graph.getEdgeAttributes(edge)));
  }

  markExpanded(id: string): void {
    if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'expanded', true);
  }

  removeActor(id: string): void {
    if (this.graph.hasNode(id)) this.graph.dropNode(id);
  }

  clear(): void {
    this.graph.clear();
    this.highlighting = false;
  }

  /** Re-applies the filters after the user toggled one. */
  applyFilters(): void {
    const { hiddenKinds } = this.filters;
    this.graph.updateEachNodeAttributes((_node, a) => ({ ...a, filtered: hiddenKinds.has(a.kind) }));
    this.patchEdges((_edge, a) => ({ filtered: this.edgeFilteredOut(a) }));
    this.refreshEdgeEnds();
  }

  /** Hides the edges whose ends are hidden, after actors were filtered, collapsed or opened. */
  refreshEdgeEnds(): void {
    const { graph } = this;
    this.patchEdges((edge) => ({ endHidden: !isVisible(graph.getSourceAttributes(edge)) || !isVisible(graph.getTargetAttributes(edge)) }));
  }

  /** Marks these nodes and edges and fades the rest; `null` ends the highlighting. */
  highlight(selection: { nodes: Iterable<string>; edges: Iterable<string> } | null): void {
    const nodes = new Set(selection?.nodes ?? []);
    const edges = new Set(selection?.edges ?? []);
    this.highlighting = selection !== null;
    this.graph.updateEachNodeAttributes((node, a) => ({ ...a, marked: nodes.has(node) }));
    this.patchEdges((edge) => ({ marked: edges.has(edge) }));
  }

  /** Labels in the current language, after it changed. */
  relabel(): void {
    this.graph.updateEachNodeAttributes((_node, a) => ({ ...a, label: a.group ? groupLabel(a.group) : actorLabel(a) }));
    this.patchEdges((_edge, a) => ({ label: edgeLabel(a) }));
  }

  /**
   * Changes edge attributes one edge at a time, and only where they differ: sigma repaints a
   * bulk edge update without re-indexing, which fails for edges added since its last frame.
   */
  private patchEdges(change: (edge: string, a: EdgeAttributes) => Partial<EdgeAttributes>): void {
    this.graph.forEachEdge((edge, a) => {
      const patch = change(edge, a);
      if (Object.entries(patch).some(([key, value]) => a[key as keyof EdgeAttributes] !== value)) this.graph.mergeEdgeAttributes(edge, patch);
    });
  }

  private edgeFilteredOut({ type, status, basis }: Pick<EdgeAttributes, 'type' | 'status' | 'basis'>): boolean {
    const { hiddenTypes, hiddenStatuses, hiddenBases } = this.filters;
    return hiddenTypes.has(type) || hiddenStatuses.has(status) || hiddenBases.has(basis);
  }
}

function hashAngle(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 2 ** 32) * 2 * Math.PI;
}
