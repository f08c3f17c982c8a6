// The API server as its own process, as users run it (`npm start`), so that its memory is
// measured apart from the benchmark's; and the bare Apollo server it is compared with.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ANALYTICS_BUFFER_MB } from './in-process.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory now and at its peak, in bytes (Linux /proc). */
  memory(): { rss: number; peak: number };
  stop(): Promise<void>;
}

function statusBytes(pid: number, field: string): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? Number.NaN) * 1024;
}

/** Posts one GraphQL query to a server and returns the answer's data; a GraphQL error throws. */
export async function postQuery<T extends object = object>(url: string, query: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown[]; data?: T };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors ?? body).slice(0, 300));
  return body.data;
}

/** Our server on the database in `graphDir`, with `env` on top of the benchmark's settings. */
export function startServerProcess(graphDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startProcess('src/main.ts', {
    GRAPH_DIR: graphDir,
    SEED_ON_START: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    EMBEDDED_BUFFER_MB: String(ANALYTICS_BUFFER_MB),
    ...env,
  });
}

/** bench/bare-server.ts: Apollo Server on express with one constant resolver. */
export function startBareServer(): Promise<ServerProcess> {
  return startProcess('bench/bare-server.ts', {});
}

const STOP_GRACE_MS = 15_000;

/** Runs `script` with tsx, as `npm start` does, and waits for the URL it logs. */
async function startProcess(script: string, env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code} before serving`)));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /"url":"([^"]+)\/graphql"/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    memory: () => ({ rss: statusBytes(pid, 'VmRSS'), peak: statusBytes(pid, 'VmHWM') }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        // A server busy with a long background computation may not drain in time: the run goes on.
        const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
