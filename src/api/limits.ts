// The bounds of every size argument (`first`, `limit`, `depth`, `maxHops`) and of write batches,
// as enforced: the configuration's caps, lowered to the algorithms' own ceilings. The schema's
// descriptions print these same numbers (src/api/schema.ts), so what is documented is what holds.
import { CONNECTION_LIMITS } from '../analytics/connections.js';
import { NEIGHBORHOOD_LIMITS } from '../analytics/neighborhood.js';
import { ConfigError, type Config } from '../config.js';
import { badInput } from './errors.js';

export interface Limits {
  /** `search(first)`: 0 to this. */
  first: number;
  /** `connections(first)`: 1 to this. */
  pathsFirst: number;
  /** `connections(maxHops)`: 1 to this. */
  maxHops: number;
  /** Partial paths a `connections` search may expand before SEARCH_TOO_BROAD. */
  partialPaths: number;
  /** `neighborhood(depth)`: 1 to this. */
  depth: number;
  /** `neighborhood(limit)`: 1 to this. */
  limit: number;
  /** Items in one write. */
  writeBatch: number;
}

/** The schema's default of each bounded argument (schema/*.graphql; a test holds them equal). */
export const ARGUMENT_DEFAULTS = { first: 20, pathsFirst: 50, maxHops: 4, depth: 1, limit: 200 } as const;

/** The setting that caps each bounded argument, and the argument, for error messages. */
const CAPPED_BY = {
  first: ['MAX_FIRST', 'search(first)'],
  pathsFirst: ['MAX_FIRST', 'connections(first)'],
  maxHops: ['MAX_HOPS', 'connections(maxHops)'],
  depth: ['MAX_DEPTH', 'neighborhood(depth)'],
  limit: ['MAX_LIMIT', 'neighborhood(limit)'],
} as const;

type LimitSettings = Pick<Config, 'MAX_FIRST' | 'MAX_LIMIT' | 'MAX_DEPTH' | 'MAX_HOPS' | 'MAX_WRITE_BATCH'>;

/** The enforced limits; a cap below an argument's default is refused, as it would refuse every call that leaves the argument out. */
export function limitsFrom(config: LimitSettings): Limits {
  const limits = {
    first: config.MAX_FIRST,
    pathsFirst: Math.min(config.MAX_FIRST, CONNECTION_LIMITS.first),
    maxHops: Math.min(config.MAX_HOPS, CONNECTION_LIMITS.maxHops),
    partialPaths: CONNECTION_LIMITS.partialPaths,
    depth: Math.min(config.MAX_DEPTH, NEIGHBORHOOD_LIMITS.depth),
    limit: Math.min(config.MAX_LIMIT, NEIGHBORHOOD_LIMITS.limit),
    writeBatch: config.MAX_WRITE_BATCH,
  };
  const tooLow = Object.entries(CAPPED_BY)
    .filter(([key]) => limits[key as keyof typeof CAPPED_BY] < ARGUMENT_DEFAULTS[key as keyof typeof CAPPED_BY])
    .map(([key, [setting, argument]]) => `  ${setting}: ${config[setting]} is below ${ARGUMENT_DEFAULTS[key as keyof typeof CAPPED_BY]}, the default of ${argument}`);
  if (tooLow.length > 0) throw new ConfigError(`invalid configuration:\n${[...new Set(tooLow)].join('\n')}`);
  return limits;
}

/**
 * The argument's value (or `fallback` when absent) when it lies within [min, max]; otherwise a
 * BAD_USER_INPUT error naming the argument and its bounds.
 * Example: `capped('first', args.first, 20, { max: limits.first })`.
 */
export function capped(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  { min = 0, max }: { min?: number; max: number },
): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) {
    throw badInput(`\`${argument}\` must be between ${min} and ${max}`, argument);
  }
  return chosen;
}
