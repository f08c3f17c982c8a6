// Child process of the kill -9 test: opens an embedded database, writes one big batch in one
// transaction, and says when it starts and when the batch is committed.
// Usage: fault-writer.ts <database path> <tag> <actors> <relations>
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { generatedGraph } from './generated-graph.js';

const [path, tag, actors, relations] = process.argv.slice(2);
if (!path || !tag) throw new Error('usage: fault-writer.ts <database path> <tag> <actors> <relations>');
const batch = generatedGraph(tag, Number(actors), Number(relations));
const store = new EmbeddedStore({ path, bufferPoolBytes: 128 * 2 ** 20 });
await store.open();
process.stdout.write('writing\n');
await store.upsert(batch);
process.stdout.write('committed\n');
await store.close();
