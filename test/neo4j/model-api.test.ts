// The @neo4j/graphql model API executed on a real Neo4j holding the seed: each answer of
// /graphql/model is compared with the curated API's (/graphql) on the same server. Starting the
// server runs checkNeo4jCompat and assertIndexesAndConstraints against that Neo4j.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import type { ActorRecord, GraphBatch } from '../../src/graph/model.js';
import { nameKeys } from '../../src/graph/names.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { seedIfEmpty } from '../../src/ingest/load-seed.js';
import { createLogger } from '../../src/logger.js';
import { neo4jFromEnv } from '../conformance/neo4j-engine.js';
import { postJson, SEED_DIR } from '../helpers/server.js';

const engine = neo4jFromEnv(process.env);

interface Edge {
  properties: { id: string; type: string; status: string };
  node: { id: string };
}

describe.skipIf(!engine)('/graphql/model on Neo4j with the seed', () => {
  let server: RunningServer;
  let dispose: () => Promise<void>;
  let seed: GraphBatch;

  beforeAll(async () => {
    const created = await engine!.create();
    dispose = created.dispose;
    const documents = DocumentLibrary.fromDirectory(join(SEED_DIR, 'sources'));
    expect((await seedIfEmpty(created.store, SEED_DIR, documents)).loaded).toBe(true);
    seed = await created.store.readAll();
    server = await startServer({
      config: loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1' }),
      store: created.store,
      documents,
      logger: createLogger('silent'),
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await dispose?.();
  });

  async function model<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { status, body } = await postJson<T>(`${server.url}/graphql/model`, { query, variables });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    return body.data as T;
  }

  async function curated<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { body } = await postJson<T>(`${server.url}/graphql`, { query, variables });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data as T;
  }

  const funds = () => seed.actors.filter((a: ActorRecord) => a.kind === 'FUND');

  it('filters actors by kind and district, as the curated API describes them', async () => {
    const expected = funds().filter((a) => a.district === '海淀区');
    expect(expected.length).toBeGreaterThan(1);
    const { actors } = await model<{ actors: { id: string; kind: string; district: string }[] }>(
      `{ actors(where: { kind: { eq: FUND }, district: { eq: "海淀区" } }, sort: [{ id: ASC }]) { id kind district } }`,
    );
    expect(actors.map((a) => a.id)).toEqual(expected.map((a) => a.id).sort());
    for (const a of actors) {
      const { actor } = await curated<{ actor: { kind: string; district: string } }>(`query($id: ID!) { actor(id: $id) { kind district } }`, { id: a.id });
      expect(actor).toEqual({ kind: a.kind, district: a.district });
    }
  });

  it('follows outgoing relations filtered by status, like the curated relations field', async () => {
    // The actor with the most planned outgoing relations in the seed.
    const planned = seed.relations.filter((r) => r.status === 'PLANNED');
    const counts = new Map<string, number>();
    for (const r of planned) counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
    const [id] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    expect(id).toBeDefined();
    const { actors } = await model<{ actors: { relatesToConnection: { edges: Edge[] } }[] }>(
      `query($id: ID!) { actors(where: { id: { eq: $id } }) {
         relatesToConnection(where: { edge: { status: { eq: PLANNED } } }, sort: [{ edge: { id: ASC } }]) {
           edges { properties { id type status } node { id } } } } }`,
      { id },
    );
    const edges = actors[0]?.relatesToConnection.edges ?? [];
    const { actor } = await curated<{ actor: { relations: { id: string; type: string; status: string; to: { id: string } }[] } }>(
      `query($id: ID!) { actor(id: $id) { relations(direction: OUT, status: [PLANNED]) { id type status to { id } } } }`,
      { id },
    );
    expect(edges.length).toBe(counts.get(id!));
    expect(edges.map((e) => ({ id: e.properties.id, type: e.properties.type, status: e.properties.status, to: { id: e.node.id } }))).toEqual(
      [...actor.relations].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('pages through all actors with cursors, missing none and repeating none', async () => {
    type Page = { actorsConnection: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await model<Page>(
        `query($after: String) { actorsConnection(first: 25, after: $after, sort: [{ id: ASC }]) {
           totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.actorsConnection.totalCount).toBe(seed.actors.length);
      seen.push(...page.actorsConnection.edges.map((e) => e.node.id));
      pages += 1;
      if (!page.actorsConnection.pageInfo.hasNextPage) break;
      after = page.actorsConnection.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(seed.actors.length / 25));
    expect(seen).toEqual(seed.actors.map((a) => a.id).sort());
  });

  it('filters relations by basis, and gives the reasoning of the inferred ones, as the curated API does', async () => {
    const inferred = seed.relations.filter((r) => r.basis === 'INFERRED');
    expect(inferred.length).toBeGreaterThan(0);
    const { actors } = await model<{ actors: { relatesToConnection: { edges: { properties: { id: string; reasoning: string | null } }[] } }[] }>(
      `{ actors { relatesToConnection(where: { edge: { basis: { eq: INFERRED } } }) { edges { properties { id reasoning } } } } }`,
    );
    const edges = actors.flatMap((a) => a.relatesToConnection.edges.map((e) => e.properties));
    expect(edges.map((e) => e.id).sort()).toEqual(inferred.map((r) => r.id).sort());
    const first = inferred.find((r) => r.id === edges[0]!.id)!;
    const { actor } = await curated<{ actor: { relations: { id: string; basis: string; reasoning: string }[] } }>(
      `query($id: ID!) { actor(id: $id) { relations(direction: OUT) { id basis reasoning } } }`,
      { id: first.from },
    );
    const relation = actor.relations.find((r) => r.id === first.id)!;
    expect(relation).toEqual({ id: first.id, basis: 'INFERRED', reasoning: edges[0]!.reasoning });
    expect(relation.reasoning.length).toBeGreaterThan(10);
  });

  it('aggregates the funds: a count that matches the curated search', async () => {
    const { actorsConnection } = await model<{ actorsConnection: { aggregate: { count: { nodes: number } } } }>(
      `{ actorsConnection(where: { kind: { eq: FUND } }) { aggregate { count { nodes } } } }`,
    );
    expect(actorsConnection.aggregate.count.nodes).toBe(funds().length);
    // The curated search finds exactly the funds one of whose names holds 基金.
    const { search } = await curated<{ search: { id: string }[] }>(`{ search(text: "基金", kinds: [FUND], first: 100) { id } }`);
    const named = funds().filter((a) => nameKeys(a).some((key) => key.includes('基金')));
    expect(search.map((a) => a.id).sort()).toEqual(named.map((a) => a.id).sort());
  });
});
