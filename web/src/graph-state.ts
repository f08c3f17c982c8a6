// What the canvas shows, as a graphology graph: the actors and relations fetched so far, with
// the attributes the renderer draws (colour, size, dashes) and the filter/highlight marks.
import { MultiDirectedGraph } from 'graphology';
import type { ActorSummary, RelationSummary, Subgraph } from './api.js';
import { actorLabel } from './i18n.js';
import {
  KIND_COLORS,
  RELATION_COLORS,
  UNKNOWN_COLOR,
  isTentative,
  type ActorKind,
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
  hidden: boolean;
  /** Part of the current answer (a path, a gap): drawn on top, the rest fades. */
  marked: boolean;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  type: RelationType;
  status: RelationStatus;
  dashed: boolean;
  hidden: boolean;
  marked: boolean;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface Filters {
  hiddenKinds: Set<string>;
  hiddenTypes: Set<string>;
  hiddenStatuses: Set<string>;
}

export class GraphState {
  readonly graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  readonly filters: Filters = { hiddenKinds: new Set(), hiddenTypes: new Set(), hiddenStatuses: new Set() };
  /** True while something is marked: unmarked items then fade. */
  highlighting = false;

  /** Adds the actor if new; returns whether it was. `near` places it beside a node already drawn. */
  addActor(actor: ActorSummary, near?: string): boolean {
    if (this.graph.hasNode(actor.id)) return false;
    const origin = near && this.graph.hasNode(near) ? this.graph.getNodeAttributes(near) : { x: 0, y: 0 };
    const angle = Math.random() * 2 * Math.PI;
    this.graph.addNode(actor.id, {
      x: origin.x + Math.cos(angle) * 10,
      y: origin.y + Math.sin(angle) * 10,
      size: 9,
      color: KIND_COLORS[actor.kind] ?? UNKNOWN_COLOR,
      label: actorLabel(actor),
      name: actor.name,
      nameEn: actor.nameEn,
      kind: actor.kind,
      inDistrict: actor.inDistrict,
      expanded: false,
      hidden: this.filters.hiddenKinds.has(actor.kind),
      marked: false,
    });
    return true;
  }

  addRelation(relation: RelationSummary, near?: string): void {
    this.addActor(relation.from, near);
    this.addActor(relation.to, near);
    this.addEdge(relation.id, relation.from.id, relation.to.id, relation.type, relation.status);
  }

  /** Merges a neighbourhood from the API (graphology's serialised shape) into the drawing. */
  addSubgraph(subgraph: Subgraph, near: string): void {
    for (const { key, attributes: a } of subgraph.nodes) {
      this.addActor({ id: key, kind: a.kind, name: a.label, nameEn: a.labelEn, aliases: [], inDistrict: a.inDistrict }, near);
    }
    for (const { key, source, target, attributes: a } of subgraph.edges) this.addEdge(key, source, target, a.type, a.status);
  }

  private addEdge(key: string, source: string, target: string, type: RelationType, status: RelationStatus): void {
    if (this.graph.hasEdge(key)) return;
    this.graph.addDirectedEdgeWithKey(key, source, target, {
      size: 2,
      color: RELATION_COLORS[type] ?? UNKNOWN_COLOR,
      type,
      status,
      dashed: isTentative(status),
      hidden: this.edgeFilteredOut(type, status),
      marked: false,
    });
  }

  markExpanded(id: string): void {
    if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'expanded', true);
    this.resizeByDegree();
  }

  clear(): void {
    this.graph.clear();
    this.highlighting = false;
  }

  /** Re-applies the filters after the user toggled one. */
  applyFilters(): void {
    const { hiddenKinds } = this.filters;
    this.graph.forEachNode((node, a) => this.graph.setNodeAttribute(node, 'hidden', hiddenKinds.has(a.kind)));
    this.graph.forEachEdge((edge, a) => this.graph.setEdgeAttribute(edge, 'hidden', this.edgeFilteredOut(a.type, a.status)));
  }

  /** Marks these nodes and edges and fades the rest; `null` ends the highlighting. */
  highlight(selection: { nodes: Iterable<string>; edges: Iterable<string> } | null): void {
    const nodes = new Set(selection?.nodes ?? []);
    const edges = new Set(selection?.edges ?? []);
    this.highlighting = selection !== null;
    this.graph.forEachNode((node) => this.graph.setNodeAttribute(node, 'marked', nodes.has(node)));
    this.graph.forEachEdge((edge) => this.graph.setEdgeAttribute(edge, 'marked', edges.has(edge)));
  }

  relabel(): void {
    this.graph.forEachNode((node, a) => this.graph.setNodeAttribute(node, 'label', actorLabel(a)));
  }

  /** Hubs larger: size grows with the square root of the degree. */
  private resizeByDegree(): void {
    this.graph.forEachNode((node) => this.graph.setNodeAttribute(node, 'size', 7 + 3 * Math.sqrt(this.graph.degree(node))));
  }

  private edgeFilteredOut(type: string, status: string): boolean {
    return this.filters.hiddenTypes.has(type) || this.filters.hiddenStatuses.has(status);
  }
}
