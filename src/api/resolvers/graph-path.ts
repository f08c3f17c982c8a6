import type { GraphPathResolvers } from '../__generated__/resolvers-types.js';
import { allEstablished } from '../../analytics/connections.js';
import { describeHops, explainPath, hopFigures } from '../../analytics/explain.js';

export const GraphPath: GraphPathResolvers = {
  length: (path) => path.relations.length,
  allEstablished: (path) => allEstablished(path),
  hops: (path) => path.relations.map((relation, i) => ({ relation, forward: relation.from === path.nodes[i]?.id, ...hopFigures(relation) })),
  explanation: (path) => (path.query ? explainPath(path, path.query) : describeHops(path)),
  revision: (path) => path.revision ?? null,
};
