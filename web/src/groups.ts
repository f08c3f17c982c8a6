// Collapsing a group: an expanded actor's neighbours of one kind (the 40 enterprises around the
// district government) fold into one stand-in node, "企业 ×40", whose edges stand for theirs.
// Opening the group brings the members back where they were.
import type { ExplorerGraph, NodeAttributes } from './graph-state.js';
import { groupLabel, isVisible } from './graph-state.js';
import { edgeLabel } from './edge-label.js';
import { DASH_PATTERNS, lineStyle, relationColor, type ActorKind, type RelationStatus, type RelationType } from './vocabulary.js';

export interface NeighbourGroup {
  kind: ActorKind;
  members: string[];
}

/** The anchor's visible neighbours by kind that could fold together (two or more, none expanded or in the answer). */
export function neighbourGroups(graph: ExplorerGraph, anchor: string): NeighbourGroup[] {
  if (!graph.hasNode(anchor)) return [];
  const byKind = new Map<ActorKind, string[]>();
  graph.forEachNeighbor(anchor, (node, a) => {
    if (!isVisible(a) || a.expanded || a.marked || a.group) return;
    const list = byKind.get(a.kind);
    if (list) list.push(node);
    else byKind.set(a.kind, [node]);
  });
  return [...byKind].filter(([, members]) => members.length >= 2).map(([kind, members]) => ({ kind, members: members.sort() }));
}

export const groupId = (anchor: string, kind: string): string => `group:${anchor}:${kind}`;

/** Folds the members into one node; returns its id. */
export function collapseGroup(graph: ExplorerGraph, anchor: string, group: NeighbourGroup): string {
  const id = groupId(anchor, group.kind);
  const members = new Set(group.members);
  const first = graph.getNodeAttributes(group.members[0]!);
  const centre = (axis: 'x' | 'y') => group.members.reduce((sum, m) => sum + graph.getNodeAttribute(m, axis), 0) / members.size;
  const attributes: NodeAttributes = {
    ...first,
    x: centre('x'),
    y: centre('y'),
    name: id,
    nameEn: null,
    expanded: false,
    marked: false,
    collapsedInto: null,
    group: { anchor, kind: group.kind, members: group.members },
    label: '',
    measure: null,
  };
  attributes.label = groupLabel(attributes.group!);
  graph.addNode(id, attributes);
  for (const member of group.members) graph.setNodeAttribute(member, 'collapsedInto', id);

  // One edge per (other end, direction, type), counting the members' relations it stands for.
  const summary = new Map<string, { source: string; target: string; type: RelationType; status: RelationStatus; count: number }>();
  for (const member of group.members) {
    graph.forEachEdge(member, (_edge, a, source, target) => {
      const outward = source === member;
      const other = outward ? target : source;
      if (members.has(other)) return;
      const key = `${outward ? 'out' : 'in'}|${other}|${a.type}`;
      const seen = summary.get(key);
      if (seen) {
        seen.count++;
        if (a.status === 'ESTABLISHED') seen.status = 'ESTABLISHED';
      } else summary.set(key, { source: outward ? id : other, target: outward ? other : id, type: a.type, status: a.status, count: 1 });
    });
  }
  for (const [key, s] of summary) {
    const edge = { type: s.type, status: s.status, basis: 'STATED' as const, figures: [], synthetic: true, count: s.count };
    const [dashSize, gapSize] = DASH_PATTERNS[lineStyle(s.status, 'STATED')];
    graph.addDirectedEdgeWithKey(`${id}|${key}`, s.source, s.target, {
      ...edge,
      size: Math.min(6, 1.5 + Math.log2(s.count)),
      color: relationColor(s.type),
      label: edgeLabel(edge),
      dashSize,
      gapSize,
      filtered: false,
      endHidden: false,
      marked: false,
    });
  }
  return id;
}

/** Unfolds a collapsed group: the stand-in and its edges go, the members come back. */
export function openGroup(graph: ExplorerGraph, id: string): void {
  const group = graph.hasNode(id) ? graph.getNodeAttribute(id, 'group') : null;
  if (!group) return;
  graph.dropNode(id);
  for (const member of group.members) if (graph.hasNode(member)) graph.setNodeAttribute(member, 'collapsedInto', null);
}
