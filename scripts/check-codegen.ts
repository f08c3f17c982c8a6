// Fails when src/api/__generated__ is stale: regenerates in memory and compares with the files.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
const stale = outputs.filter(({ filename, content }) => {
  try {
    return readFileSync(filename, 'utf8') !== content;
  } catch {
    return true;
  }
});
if (stale.length > 0) {
  console.error(`generated files are stale: ${stale.map((o) => o.filename).join(', ')}\nrun: npm run codegen`);
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated file(s) up to date`);
