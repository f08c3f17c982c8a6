// `tsx bench/engines-cli.ts [size]`: only the engines side by side (bench/engines.ts), which
// `npm run bench` also runs when NEO4J_URI is set.
import { benchEngines } from './engines.js';
import type { SizeName } from './generate/synthetic-graph.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is not set: start one with npm run neo4j');
console.log(await benchEngines(uri, 'bench/RESULTS.md', (process.argv[2] ?? 'S') as SizeName));
