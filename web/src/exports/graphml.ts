// GraphML (graphml.graphdrawing.org) for yEd, Gephi, Cytoscape and NetworkX: a <key> per
// attribute with its type, then the nodes and edges with their <data>. graphology-graphml reads
// this format but does not write it; the browser tests read our output back with it.
import type { Attributes } from 'graphology-types';
import type { MultiDirectedGraph } from 'graphology';

type GraphmlType = 'string' | 'boolean' | 'double';

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  return 'string';
}

/** The attribute names and GraphML types found on the given items, in first-seen order. */
function keysOf(items: Attributes[]): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const attributes of items) for (const [name, value] of Object.entries(attributes)) if (!keys.has(name)) keys.set(name, typeOf(value));
  return keys;
}

export function writeGraphml<N extends Attributes, E extends Attributes>(graph: MultiDirectedGraph<N, E>): string {
  const nodeKeys = keysOf(graph.mapNodes((_node, a) => a));
  const edgeKeys = keysOf(graph.mapEdges((_edge, a) => a));
  const data = (keys: Map<string, GraphmlType>, prefix: string, attributes: Attributes) =>
    [...keys.keys()]
      .filter((name) => attributes[name] !== undefined && attributes[name] !== null)
      .map((name) => `<data key="${prefix}-${escapeXml(name)}">${escapeXml(String(attributes[name]))}</data>`)
      .join('');
  const declare = (keys: Map<string, GraphmlType>, domain: 'node' | 'edge', prefix: string) =>
    [...keys].map(([name, type]) => `  <key id="${prefix}-${escapeXml(name)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declare(nodeKeys, 'node', 'n'),
    ...declare(edgeKeys, 'edge', 'e'),
    '  <graph id="G" edgedefault="directed">',
    ...graph.mapNodes((node, a) => `    <node id="${escapeXml(node)}">${data(nodeKeys, 'n', a)}</node>`),
    ...graph.mapEdges(
      (edge, a, source, target) => `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(edgeKeys, 'e', a)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
