import type { GraphPathResolvers } from '../__generated__/resolvers-types.js';
import { allEstablished } from '../../analytics/connections.js';

export const GraphPath: GraphPathResolvers = {
  length: (path) => path.relations.length,
  allEstablished: (path) => allEstablished(path),
};
