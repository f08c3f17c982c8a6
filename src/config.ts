// Every knob of the server, read from the environment once and validated; each has a default
// so that `npm start` needs none of them.
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
};

function requireNeo4jSettings(config: { GRAPH_ENGINE: string } & Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (config.GRAPH_ENGINE !== 'neo4j') return;
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD'] as const) {
    if (config[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'required when GRAPH_ENGINE=neo4j' });
  }
}

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPH_ENGINE: z.enum(['embedded', 'neo4j']).default('embedded'),
  GRAPH_DIR: z.string().min(1).default('./data'),
  EMBEDDED_BUFFER_MB: z.coerce.number().int().min(16).default(512),
  EMBEDDED_READERS: z.coerce.number().int().min(1).max(16).default(2),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  SEED_DIR: z.string().min(1).default('./seed'),
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  ...neo4jSettings,
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
