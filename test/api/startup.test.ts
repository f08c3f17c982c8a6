// The real entry point as `npm start` runs it: seeds an empty database once, serves, stops on
// SIGTERM; a second process on the same database is told which process holds it; the default
// address is loopback.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.js';

const dataDir = mkdtempSync(join(tmpdir(), 'haidian-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  logs: () => string;
  url: string;
}

/** The environment of a child process: ours without HOST, so that the default can be seen. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GRAPH_DIR: dataDir, LOG_LEVEL: 'info', ...extra };
  if (!('HOST' in extra)) delete env.HOST;
  return env;
}

async function start(extra: Record<string, string> = { HOST: '127.0.0.1' }): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: childEnv({ PORT: String(port), ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const up = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (up) return { child, logs: () => output, url };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not come up:\n${output}`);
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function health(url: string) {
  return (await (await fetch(`${url}/health`)).json()) as { actors: number; relations: number };
}

/** Runs an entry point to its end, with `env` on top of the test's: exit code and output. */
async function runWith(script: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { env: childEnv(env) }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const run = (script: string, args: string[] = []) => runWith(script, {}, args);

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

describe('npm start', () => {
  it('seeds an empty database on first start, adds nothing on the second, and exits cleanly on SIGTERM', async () => {
    const first = await start();
    const seeded = await health(first.url);
    expect(seeded.actors).toBeGreaterThan(0);
    expect(first.logs()).toContain('seed loaded');
    expect(await stop(first.child)).toBe(0);

    const second = await start();
    expect(await health(second.url)).toEqual(seeded);
    expect(second.logs()).toContain('seed skipped');
    const answer = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(name: "BUAA") { id } }' }),
    });
    expect(await answer.json()).toEqual({ data: { actor: { id: 'buaa' } } });

    // A second server, the seed command and the importer on the same ./data name the holder and
    // exit 1 (the second start once died of LadybugDB's uncaught "Could not set lock on file").
    const holder = new RegExp(`^cannot start: process ${second.child.pid} \\(npm start, since [^)]+\\) holds the graph database in ${dataDir}: stop it first`);
    for (const [script, args] of [['src/main.ts', []], ['src/seed-main.ts', []], ['src/ingest/import/cli.ts', ['nothing.csv']]] as const) {
      const refused = await run(script, [...args]);
      expect(refused.code, script).toBe(1);
      expect(refused.stderr.trim(), script).toMatch(holder);
      expect(refused.stderr, script).not.toContain('    at ');
    }
    expect(await health(second.url)).toEqual(seeded);
    expect(await stop(second.child)).toBe(0);
  }, 150_000);

  it('listens on loopback only unless HOST says otherwise, and says so when the port is taken', async () => {
    const server = await start({});
    const port = Number(new URL(server.url).port);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (outside) expect(await accepts(outside.address, port)).toBe(false);
    expect(server.logs()).toContain(`"url":"http://127.0.0.1:${port}/graphql"`);

    // Another graph on the same port: a message and exit code 1, not an uncaught 'error' event.
    const otherDir = mkdtempSync(join(tmpdir(), 'haidian-start-'));
    try {
      const refused = await runWith('src/main.ts', { PORT: String(port), GRAPH_DIR: otherDir, SEED_ON_START: 'false' });
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(`cannot start: listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
    expect(await stop(server.child)).toBe(0);
  }, 90_000);
});
