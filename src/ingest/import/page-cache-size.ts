// The embedded engine's page cache for an import. The whole import is one transaction whose
// COPYs stay in the page cache until it commits, so the cache grows with the files: 1 GiB holds
// M (10⁶ relations), L (10⁷) needs about 6.5 GiB. A size the user gives (--buffer-mb, or
// EMBEDDED_BUFFER_MB) wins; before, the option's fixed default of 1024 silently replaced
// EMBEDDED_BUFFER_MB, which is how the L import ran with 1 GiB although 2 and 8 GiB were set.
import { totalmem } from 'node:os';
import { pageCacheMbFor } from '../../graph/embedded/page-cache-budget.js';

/** Never less than what M needs, never more than most of the machine's memory. */
const FLOOR_MB = 1024;
const MOST_OF_MEMORY = 0.75;

export function importPageCacheMb(given: { option?: number; env?: number }, inputBytes: number, memoryBytes = totalmem()): number {
  if (given.option !== undefined) return given.option;
  if (given.env !== undefined) return given.env;
  const ceiling = Math.floor((memoryBytes * MOST_OF_MEMORY) / 2 ** 20);
  return Math.min(Math.max(FLOOR_MB, pageCacheMbFor(inputBytes)), Math.max(FLOOR_MB, ceiling));
}
