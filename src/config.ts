// Every knob of the server, read from the environment once and validated; each has a default
// so that `npm start` needs none of them. Secrets (JWT secret, API key hashes) come only from
// here, that is from the environment: nothing secret lives in the repository.
import { z } from 'zod';

// Neo4j connection: only read when GRAPH_ENGINE=neo4j, and then URI, user and password are required.
const neo4jSettings = {
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** The server's import folder when it runs on this machine (`npm run neo4j`: data/neo4j/import): bulk imports then use LOAD CSV. */
  NEO4J_IMPORT_DIR: z.string().min(1).optional(),
  // How long a request may wait on an unreachable or overloaded server before it answers
  // SERVICE_UNAVAILABLE: well under the driver's defaults (30 s of retries, 60 s to get a connection).
  /** Opening one connection (TCP + Bolt handshake). */
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(1_500),
  /**
   * Getting a connection from the pool, opening one included. A refused or unreachable server
   * fails on the connection timeout above; this bounds the wait for a busy pool under load.
   */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Retrying a transaction after transient failures (leader change, deadlock, server gone). */
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(1_000),
};

function requireNeo4jSettings(config: { GRAPH_ENGINE: string } & Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (config.GRAPH_ENGINE !== 'neo4j') return;
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD'] as const) {
    if (config[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'required when GRAPH_ENGINE=neo4j' });
  }
}

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((v) => v === 'true');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** "a,b, c" → ["a", "b", "c"]; empty or missing → []. */
const commaList = z
  .string()
  .default('')
  .transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Loopback unless told otherwise: a development server is not meant for the network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPH_ENGINE: z.enum(['embedded', 'neo4j']).default('embedded'),
  GRAPH_DIR: z.string().min(1).default('./data'),
  /** Unset: the embedded store's own default for the server (512 MiB), sized from the files for an import. */
  EMBEDDED_BUFFER_MB: z.coerce.number().int().min(16).optional(),
  EMBEDDED_READERS: z.coerce.number().int().min(1).max(16).default(2),
  QUERY_TIMEOUT_MS: positiveInt(30_000),
  /**
   * How often an analytics request may read the graph revision from the database (ms; 0 = every
   * request). A read costs a Neo4j round trip (about 9 ms at p50 on a loaded 2-core machine);
   * a write through this server makes the next request read it regardless (store.localWrites()).
   */
  ANALYTICS_REVISION_CHECK_MS: z.coerce.number().int().min(0).default(50),
  SEED_DIR: z.string().min(1).default('./seed'),
  SEED_ON_START: flag('true'),
  ...neo4jSettings,

  // Access (docs/security.md).
  /** public: anyone may read; token: reads need a valid JWT or API key too. Writes always need the editor role. */
  READ_ACCESS: z.enum(['public', 'token']).default('public'),
  /** HS256 shared secret for JWTs; at least 32 characters. */
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** JWKS URL of an identity provider (RS256/ES256 tokens); used instead of the secret when set. */
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  /** The JWT claim holding the caller's role or roles (a string or a list of strings). */
  AUTH_ROLE_CLAIM: z.string().min(1).default('roles'),
  AUTH_EDITOR_ROLE: z.string().min(1).default('editor'),
  /** API keys as "<sha-256 hex of the key>:<role>", comma-separated; the keys themselves are never stored. */
  API_KEYS: commaList,

  // HTTP surface.
  /** Origins allowed to call the API from a browser; "*" for any; empty for none (same origin only). */
  CORS_ORIGINS: commaList,
  /** Schema introspection; off in production unless asked for. */
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Largest accepted request body, in the notation of express.json (e.g. 100kb, 1mb). */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb')
    .default('1mb'),

  /**
   * Actors the API keeps in memory by id and by name until the next write (src/api/read-cache.ts);
   * 0 turns the cache off. Only with the embedded engine, whose file lock keeps other writers out.
   */
  READ_CACHE_ENTRIES: z.coerce.number().int().min(0).default(10_000),

  // Query limits (graphql-armor and argument caps).
  MAX_QUERY_DEPTH: positiveInt(12),
  MAX_ALIASES: positiveInt(20),
  MAX_TOKENS: positiveInt(2_000),
  MAX_COST: positiveInt(5_000),
  MAX_DIRECTIVES: positiveInt(20),
  /** Caps on list arguments: `first`, `limit`, neighbourhood `depth`, path `maxHops`, batch sizes. */
  MAX_FIRST: positiveInt(200),
  MAX_LIMIT: positiveInt(1_000),
  MAX_DEPTH: positiveInt(3),
  MAX_HOPS: positiveInt(6),
  MAX_WRITE_BATCH: positiveInt(1_000),
}).superRefine(requireNeo4jSettings);

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
