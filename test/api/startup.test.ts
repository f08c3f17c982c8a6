// The real entry point as `npm start` runs it: seeds an empty database once, serves, stops on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'haidian-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Started {
  child: ChildProcess;
  logs: () => string;
  url: string;
}

async function start(): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', GRAPH_DIR: dataDir, LOG_LEVEL: 'info' },
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
  return (await (await fetch(`${url}/health`)).json()) as { nodes: number; relations: number };
}

describe('npm start', () => {
  it('seeds an empty database on first start, adds nothing on the second, and exits cleanly on SIGTERM', async () => {
    const first = await start();
    const seeded = await health(first.url);
    expect(seeded.nodes).toBeGreaterThan(0);
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
    expect(await stop(second.child)).toBe(0);
  }, 90_000);
});
