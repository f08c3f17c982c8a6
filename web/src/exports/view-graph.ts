// The graph an export holds: the actors and relations of the view as data. Actors hidden by a
// filter are left out; a collapsed group's members are in (the group is only a way of drawing
// them), its stand-in node and edges are not.
import { MultiDirectedGraph } from 'graphology';
import type { ExplorerGraph } from '../graph-state.js';

export interface ExportedActor {
  label: string;
  name: string;
  nameEn: string;
  kind: string;
  inDistrict: boolean;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ExportedRelation {
  label: string;
  type: string;
  status: string;
  basis: string;
  /** The relation's figures as JSON text (GraphML and GEXF attributes are scalars). */
  figures: string;
  color: string;
}

export function viewGraph(graph: ExplorerGraph): MultiDirectedGraph<ExportedActor, ExportedRelation> {
  const exported = new MultiDirectedGraph<ExportedActor, ExportedRelation>();
  graph.forEachNode((node, a) => {
    if (a.group || a.filtered) return;
    exported.addNode(node, {
      label: a.label,
      name: a.name,
      nameEn: a.nameEn ?? '',
      kind: a.kind,
      inDistrict: a.inDistrict,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
    });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (a.synthetic || a.filtered || !exported.hasNode(source) || !exported.hasNode(target)) return;
    exported.addDirectedEdgeWithKey(edge, source, target, {
      label: a.label,
      type: a.type,
      status: a.status,
      basis: a.basis,
      figures: JSON.stringify(a.figures.map(({ name, value, unit }) => ({ name, value, unit }))),
      color: a.color,
    });
  });
  return exported;
}
