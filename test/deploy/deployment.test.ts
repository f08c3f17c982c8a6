// The deployment files, checked without a container engine: structure, required keys, pinned
// images, and agreement with the code (the API's environment passes src/config.ts, the
// commands run files the build produces).
import { existsSync, readFileSync } from 'node:fs';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../../src/config.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

const healthcheck = z.object({ test: z.array(z.string()).min(2), interval: z.string(), retries: z.number() });
const service = z.object({
  image: z.string().optional(),
  build: z.string().optional(),
  command: z.array(z.string()).optional(),
  environment: z.record(z.string(), z.string()).default({}),
  volumes: z.array(z.string()).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  healthcheck: healthcheck.optional(),
  restart: z.string().optional(),
});
const composeFile = z.object({
  services: z.object({ neo4j: service, seed: service, api: service }),
  volumes: z.record(z.string(), z.unknown()),
});

const compose = composeFile.parse(parse(read('docker-compose.yml'), { merge: true }));
const { neo4j, seed, api } = compose.services;

/** The environment with compose's ${VAR:?message} / ${VAR:-default} filled in as on a real host. */
function interpolate(env: Record<string, string>, host: Record<string, string>): Record<string, string> {
  const fill = (value: string) =>
    value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_m, name: string, kind?: string, rest?: string) => {
      if (host[name] !== undefined) return host[name];
      if (kind === '-') return rest ?? '';
      throw new Error(`${name} is required: ${rest}`);
    });
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, fill(v)]));
}

describe('docker-compose.yml', () => {
  it('pins Neo4j to a 5.26 LTS patch release, with APOC core, a health check and a data volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26\.\d+-(community|enterprise)$/);
    expect(JSON.parse(neo4j.environment.NEO4J_PLUGINS ?? '[]')).toEqual(['apoc']);
    expect(neo4j.healthcheck?.test.join(' ')).toContain('cypher-shell');
    const dataVolume = neo4j.volumes?.find((v) => v.endsWith(':/data'))?.split(':')[0];
    expect(Object.keys(compose.volumes)).toContain(dataVolume);
  });

  it('takes the password from the environment, and refuses to start without one', () => {
    for (const env of [neo4j.environment, api.environment, seed.environment]) {
      const password = env.NEO4J_AUTH ?? env.NEO4J_PASSWORD ?? '';
      expect(password).toMatch(/\$\{NEO4J_PASSWORD:\?[^}]+\}/);
      expect(() => interpolate(env, {})).toThrow(/NEO4J_PASSWORD is required/);
    }
  });

  it('starts the API on Neo4j once Neo4j is healthy and the seed has run, with a health check', () => {
    expect(api.build).toBe('.');
    expect(api.environment.GRAPH_ENGINE).toBe('neo4j');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' }, seed: { condition: 'service_completed_successfully' } });
    expect(api.healthcheck?.test.join(' ')).toContain('/health');
    expect(api.restart).toBe('unless-stopped');
  });

  it('gives the API and the seed an environment src/config.ts accepts', () => {
    for (const env of [api.environment, seed.environment]) {
      const config = loadConfig(interpolate(env, { NEO4J_PASSWORD: 'a-strong-password' }));
      expect(config).toMatchObject({ GRAPH_ENGINE: 'neo4j', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'a-strong-password' });
    }
  });

  it('seeds once: a one-shot service running the compiled seed command', () => {
    expect(seed.restart).toBe('no');
    expect(seed.image).toBe(api.image);
    expect(seed.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    const script = seed.command?.at(-1) ?? '';
    expect(script).toMatch(/^dist\/.+\.js$/);
    expect(existsSync(new URL(`../../${script.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`, import.meta.url))).toBe(true);
  });

  it('uses no floating image tags', () => {
    for (const s of Object.values(compose.services)) {
      if (s.image) expect(s.image).toMatch(/:(\d+\.\d+\.\d+)/);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = DockerfileParser.parse(read('Dockerfile'));
  const froms = dockerfile.getFROMs();
  const stages = froms.map((f) => f.getBuildStage());
  const last = froms.at(-1);
  const runtime = dockerfile.getInstructions().filter((i) => last && i.getRange().start.line > last.getRange().start.line);
  const args = (i: Instruction) => i.getArgumentsContent() ?? '';
  const runtimeOf = (keyword: string) => runtime.filter((i) => i.getKeyword() === keyword);

  it('is multi-stage, every base image pinned to an exact release', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const from of froms) {
      const name = from.getImageName() ?? '';
      if (stages.includes(name)) continue;
      expect(`${name}:${from.getImageTag()}`).toMatch(/^node:20\.\d+\.\d+-[a-z]+-slim$/);
    }
    const copiedFrom = dockerfile.getCOPYs().flatMap((c) => c.getFromFlag()?.getValue() ?? []);
    expect(copiedFrom.length).toBeGreaterThan(0);
    for (const stage of copiedFrom) expect(stages).toContain(stage);
  });

  it('runs as a non-root user, on Neo4j by default, with a health check on /health', () => {
    expect(runtimeOf('USER').map(args)).toEqual(['node']);
    expect(runtimeOf('ENV').map(args).join(' ')).toMatch(/GRAPH_ENGINE=neo4j/);
    const [check] = dockerfile.getHEALTHCHECKs();
    expect(check?.getSubcommand()?.getValue()).toBe('CMD');
    expect(args(check as Instruction)).toContain('/health');
  });

  it('starts the compiled server that the build stage produces from src/', () => {
    expect(runtimeOf('CMD').map(args)).toEqual(['["node", "dist/main.js"]']);
    const build = JSON.parse(read('tsconfig.build.json')) as { compilerOptions: { rootDir: string; outDir: string } };
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    expect(existsSync(new URL('../../src/main.ts', import.meta.url))).toBe(true);
  });

  it('keeps secrets and local state out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', '.env', 'data', '.git']) expect(ignored).toContain(entry);
  });
});
