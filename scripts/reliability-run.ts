// What both reliability runs share (scripts/reliability.ts, embedded; reliability-neo4j.ts): the
// machine line, the date, RELIABILITY.md's two parts (the embedded report above, the Neo4j
// section below, each rewritten by its own run) and the exit status.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { NEO4J_SECTION } from './reliability-neo4j-report.js';

const FILE = 'RELIABILITY.md';

/** The date and the commit measured (with "+changes" when the tree differs from it). */
export function runDate(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+changes' : ''}`;
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (commit ${commit})`;
}

/** The machine may be shared: the load average says how much else was running. */
export const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the end`;

/** Replaces one part of RELIABILITY.md and keeps the other. */
export function writeReliability(part: { embedded: string } | { neo4j: string }): void {
  const previous = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const at = previous.indexOf(NEO4J_SECTION);
  const embedded = 'embedded' in part ? part.embedded : at < 0 ? previous : previous.slice(0, at);
  const neo4j = 'neo4j' in part ? part.neo4j : at < 0 ? '' : previous.slice(at);
  writeFileSync(FILE, neo4j ? `${embedded.trimEnd()}\n\n${neo4j}` : embedded);
}

/** Runs `work`, then `cleanup` whatever happens; prints every problem and exits 1 when there is one. */
export async function runReliability(work: (problems: string[]) => Promise<void>, cleanup: () => Promise<void>): Promise<void> {
  const problems: string[] = [];
  try {
    await work(problems);
  } catch (error) {
    problems.push(String(error instanceof Error ? error.stack : error));
  } finally {
    await cleanup();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}
