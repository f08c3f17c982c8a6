// Which process holds the embedded database. LadybugDB locks its file, so a second process that
// opens the same GRAPH_DIR fails with "Could not set lock on file"; the process that holds it
// leaves a note in the directory saying who it is, so the second can name it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const NOTE = 'holder.json';

const noteSchema = z.object({ pid: z.number().int().positive(), command: z.string(), since: z.string() });

export type Holder = z.infer<typeof noteSchema>;

/** The embedded database is locked by another process. */
export class GraphInUseError extends Error {
  constructor(
    readonly graphDir: string,
    readonly holder: Holder | null,
  ) {
    const who = holder ? `process ${holder.pid} (${holder.command}, since ${holder.since})` : 'another process';
    super(`${who} holds the graph database in ${graphDir}: stop it first, or set GRAPH_DIR to another directory`);
    this.name = 'GraphInUseError';
  }
}

/** LadybugDB's words when another process has the file. */
export function isLockConflict(error: unknown): boolean {
  return error instanceof Error && /could not set lock on file/i.test(error.message);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process named in the note, when the note exists and that process still runs. */
export function readHolder(graphDir: string): Holder | null {
  try {
    const parsed = noteSchema.safeParse(JSON.parse(readFileSync(join(graphDir, NOTE), 'utf8')));
    return parsed.success && alive(parsed.data.pid) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Leaves the note for this process; returns the function that removes it again. */
export function noteHolder(graphDir: string, command: string): () => void {
  const path = join(graphDir, NOTE);
  const holder: Holder = { pid: process.pid, command, since: new Date().toISOString() };
  writeFileSync(path, `${JSON.stringify(holder)}\n`);
  return () => {
    if (readHolder(graphDir)?.pid === process.pid) rmSync(path, { force: true });
  };
}
