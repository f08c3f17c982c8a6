// Child-process entry of bench/in-process.ts: `<size> <iterations> <workDir> <out.json>`.
import { writeFileSync } from 'node:fs';
import { SIZES, type SizeName } from './generate/synthetic-graph.js';
import { measureInProcess } from './in-process.js';

const [size, iterations, work, out] = process.argv.slice(2);
if (!size || !(size in SIZES) || !work || !out) throw new Error('usage: in-process-child.ts <size> <iterations> <workDir> <out.json>');
writeFileSync(out, JSON.stringify(await measureInProcess(size as SizeName, Number(iterations), work)));
