// graphology's algorithm packages are CommonJS with `export default` typings: under NodeNext,
// TypeScript types the default import as the module object, while Node hands over the function
// itself. This file states the runtime truth once.
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';

export const louvain = louvainModule as unknown as typeof louvainModule.default;
export const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;
