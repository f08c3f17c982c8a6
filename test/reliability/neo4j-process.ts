// A private Neo4j server for the fault tests, which kill it: its own home (data/neo4j-faults)
// and its own Bolt port (NEO4J_FAULT_PORT, or one the system says is free), never the shared
// server the rest of the suite uses. Started and stopped with the scripts of `npm run neo4j`
// (the jars are already in Maven's cache by then); killed with SIGKILL by its pid.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../helpers/free-port.js';

const run = promisify(execFile);

export interface Neo4jProcessOptions {
  home: string;
  port: number;
}

export async function faultServerOptions(env: NodeJS.ProcessEnv = process.env): Promise<Neo4jProcessOptions> {
  return { home: resolve(env.NEO4J_FAULT_HOME ?? 'data/neo4j-faults'), port: env.NEO4J_FAULT_PORT ? Number(env.NEO4J_FAULT_PORT) : await freePort() };
}

export class Neo4jProcess {
  constructor(private readonly options: Neo4jProcessOptions) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.port}`;
  }

  /** Starts the server (or finds it running) and waits until Bolt and APOC answer; returns the ms it took. */
  async start(): Promise<number> {
    const started = performance.now();
    await run('bash', ['scripts/neo4j-start.sh'], { env: this.env(), maxBuffer: 2 ** 20 });
    return performance.now() - started;
  }

  /** kill -9: no shutdown, no flush; the next start recovers from the transaction log. */
  kill(): void {
    process.kill(this.pid(), 'SIGKILL');
  }

  async stop(): Promise<void> {
    await run('bash', ['scripts/neo4j-stop.sh'], { env: this.env() });
  }

  private pid(): number {
    return Number(readFileSync(join(this.options.home, 'run', 'neo4j.pid'), 'utf8').trim());
  }

  private env(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_HOME_DIR: this.options.home, NEO4J_BOLT_PORT: String(this.options.port) };
  }
}
