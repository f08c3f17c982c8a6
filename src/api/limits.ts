// The bounds of every size argument (`first`, `limit`, `depth`, `maxHops`) and of write batches,
// as enforced: the configuration's caps, lowered to the algorithms' own ceilings. The schema's
// descriptions print these same numbers (src/api/schema.ts), so what is documented is what holds.
import { CONNECTION_LIMITS } from '../analytics/connections.js';
import { NEIGHBORHOOD_LIMITS } from '../analytics/neighborhood.js';
import type { Config } from '../config.js';
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

export function limitsFrom(config: Pick<Config, 'MAX_FIRST' | 'MAX_LIMIT' | 'MAX_DEPTH' | 'MAX_HOPS' | 'MAX_WRITE_BATCH'>): Limits {
  return {
    first: config.MAX_FIRST,
    pathsFirst: Math.min(config.MAX_FIRST, CONNECTION_LIMITS.first),
    maxHops: Math.min(config.MAX_HOPS, CONNECTION_LIMITS.maxHops),
    partialPaths: CONNECTION_LIMITS.partialPaths,
    depth: Math.min(config.MAX_DEPTH, NEIGHBORHOOD_LIMITS.depth),
    limit: Math.min(config.MAX_LIMIT, NEIGHBORHOOD_LIMITS.limit),
    writeBatch: config.MAX_WRITE_BATCH,
  };
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
