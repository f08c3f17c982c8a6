// Caps on the size arguments of queries (`first`, `limit`, `depth`, `maxHops`) and on write
// batches, set by configuration; resolvers check every size argument with `capped`.
import type { Config } from '../config.js';
import { badInput } from './errors.js';

export interface Limits {
  first: number;
  limit: number;
  depth: number;
  maxHops: number;
  writeBatch: number;
}

export function limitsFrom(config: Pick<Config, 'MAX_FIRST' | 'MAX_LIMIT' | 'MAX_DEPTH' | 'MAX_HOPS' | 'MAX_WRITE_BATCH'>): Limits {
  return {
    first: config.MAX_FIRST,
    limit: config.MAX_LIMIT,
    depth: config.MAX_DEPTH,
    maxHops: config.MAX_HOPS,
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
