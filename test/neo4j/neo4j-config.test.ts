// Choosing and configuring the Neo4j engine, and how it fails when the server is not there.
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { Neo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { createStore } from '../../src/graph/open-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { freePort } from '../helpers/free-port.js';

const neo4jEnv = { GRAPH_ENGINE: 'neo4j', NEO4J_URI: 'neo4j://db.example:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'secret' };

describe('GRAPH_ENGINE=neo4j configuration', () => {
  it('requires URI, user and password, naming each that is missing', () => {
    expect(() => loadConfig({ GRAPH_ENGINE: 'neo4j' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPH_ENGINE: 'neo4j' })).toThrow(/NEO4J_URI: required[\s\S]*NEO4J_USER: required[\s\S]*NEO4J_PASSWORD: required/);
    expect(() => loadConfig({ ...neo4jEnv, NEO4J_PASSWORD: undefined })).toThrow(/NEO4J_PASSWORD/);
  });

  it('accepts direct and routing URIs, with or without TLS, and rejects others', () => {
    for (const uri of ['bolt://localhost:7687', 'neo4j://cluster.example', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://db:7687']) {
      expect(loadConfig({ ...neo4jEnv, NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
    expect(() => loadConfig({ ...neo4jEnv, NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
  });

  it('needs no Neo4j settings for the embedded engine', () => {
    expect(loadConfig({}).GRAPH_ENGINE).toBe('embedded');
  });

  it('creates the Neo4j store, with the database named when given', async () => {
    const store = createStore(loadConfig({ ...neo4jEnv, NEO4J_DATABASE: 'haidian' }));
    expect(store).toBeInstanceOf(Neo4jStore);
    expect(store.engine).toBe('neo4j');
    expect((store as Neo4jStore).database).toBe('haidian');
    await store.close();
  });
});

describe('Neo4j engine without a server', () => {
  let store: GraphStore | undefined;
  afterEach(async () => store?.close());

  it.each(['bolt', 'neo4j'])('says which server it cannot reach (%s://)', async (scheme) => {
    const uri = `${scheme}://127.0.0.1:${await freePort()}`;
    store = new Neo4jStore({ uri, user: 'neo4j', password: 'x', connectionTimeoutMs: 2_000 });
    await expect(store.open()).rejects.toThrow(`cannot connect to Neo4j at ${uri}`);
  });
});
