// kill -9 during a large write: a child process writes one big batch into an embedded database
// and is killed at a random moment; the database must then open and hold every earlier batch
// and either the whole new batch or none of it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { inspectAfterKill, type FaultRun } from './after-kill.js';

const WRITER = fileURLToPath(new URL('./fault-writer.ts', import.meta.url));

export type { FaultRun } from './after-kill.js';

export interface FaultOptions {
  runs: number;
  actors: number;
  relations: number;
}

export interface FaultReport {
  /** How long one whole write took, measured by a first run that is not killed. */
  writeMs: number;
  runs: FaultRun[];
}

/** Starts the writer and kills it with SIGKILL `delayMs` after it says it is writing (null: lets it finish). */
function writeAndKill(path: string, tag: string, options: FaultOptions, delayMs: number | null) {
  return new Promise<{ committed: boolean; killedAfterMs: number }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, tag, String(options.actors), String(options.relations)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let writingAt = 0;
    let killedAfterMs = -1;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (writingAt === 0 && output.includes('writing')) {
        writingAt = performance.now();
        if (delayMs !== null) setTimeout(() => {
          killedAfterMs = performance.now() - writingAt;
          child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL' && !output.includes('committed')) reject(new Error(`writer failed: ${errors.slice(0, 500)}`));
      else resolve({ committed: output.includes('committed'), killedAfterMs: killedAfterMs < 0 ? performance.now() - writingAt : killedAfterMs });
    });
  });
}

export async function killDuringWrites(options: FaultOptions): Promise<FaultReport> {
  const dir = mkdtempSync(join(tmpdir(), 'haidian-fault-'));
  const path = join(dir, 'graph.lbug');
  const results: FaultRun[] = [];
  try {
    // Run 0 writes a first batch to the end: it measures the write, and later runs write on top of it.
    const { killedAfterMs: writeMs } = await writeAndKill(path, 'run0', options, null);
    const batch = { actors: options.actors, relations: options.relations };
    let holds = batch;
    for (let run = 1; run <= options.runs; run += 1) {
      // Kills fall anywhere from the first statement to after the commit (later batches write
      // onto a fuller database and take longer than the first).
      const delay = Math.floor(Math.random() * writeMs * 2);
      const { committed, killedAfterMs } = await writeAndKill(path, `run${run}`, options, delay);

      const store = new EmbeddedStore({ path, bufferPoolBytes: 128 * 2 ** 20 });
      await store.open();
      try {
        const inspected = await inspectAfterKill(store, { run, batch, before: holds, committed, killedAfterMs });
        results.push(inspected.result);
        holds = inspected.holds;
      } finally {
        await store.close();
      }
    }
    return { writeMs: Math.round(writeMs), runs: results };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
