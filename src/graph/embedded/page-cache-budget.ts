// How much of LadybugDB's page cache (its buffer pool) a bulk load's one transaction fills.
// Everything a transaction COPYs stays in the pool until it commits; when the pool runs full
// LadybugDB 0.19 fails the COPY ("The buffer pool is full") and its rollback then segfaults
// (InMemoryVersionRecordHandler::rollbackInsert): the L import crashed so after 1.4·10⁶ relations
// with a 1 GiB pool (bench/lcrash-repro.md). So the load refuses a COPY before the pool would run
// full, with an error that says how large a cache the import needs, and nothing is written.
// Not covered: the checkpoint after the commit needs more of the pool than the COPYs; when it runs
// the pool full, COMMIT reports "buffer pool is full" although the load is committed (measured).
//
// The costs are measured (bench/lcrash-repro.md), with room to spare: L loaded in one transaction
// with a 6 GiB pool (1.98 GB of relation lines, 0.57 GB of actor and name rows: at most 2.5 times
// their size in all); lines with long free text ran a 32 MiB pool full at 2.5–3 times theirs; the
// engine's own tables take a few MiB; the margin is for the commit.
const RELATION_COST = 3;
const NODE_COST = 1.25;
const BASE_BYTES = 8 * 2 ** 20;
const MARGIN = 0.9;
const MIB = 2 ** 20;

/** A bulk load needs a larger page cache than it was given; nothing was written. */
export class PageCacheTooSmallError extends Error {
  readonly code = 'PAGE_CACHE_TOO_SMALL';

  constructor(
    readonly poolMb: number,
    readonly neededMb: number,
  ) {
    super(
      `the import does not fit the embedded engine's page cache of ${poolMb} MiB in one transaction ` +
        `(it needs at least ${neededMb} MiB): nothing was written; run it again with --buffer-mb ${neededMb} or more`,
    );
    this.name = 'PageCacheTooSmallError';
  }
}

/** Page-cache bytes a transaction fills by COPYing `bytes` of a file into a node or relation table. */
export function copyCost(table: 'node' | 'relation', bytes: number): number {
  return bytes * (table === 'relation' ? RELATION_COST : NODE_COST);
}

// Page-cache bytes per byte of users' CSV files: their relation lines shrink to about 0.8 of their
// size in the COPY files (citations become keys), which then cost RELATION_COST, with the margin.
const PER_INPUT_BYTE = (0.8 * RELATION_COST) / MARGIN;

/** The page cache, in MiB, that importing users' files of `inputBytes` in all needs (the import's default). */
export function pageCacheMbFor(inputBytes: number): number {
  return Math.ceil((inputBytes * PER_INPUT_BYTE) / MIB);
}

export class PageCacheBudget {
  private used = BASE_BYTES;

  constructor(private readonly poolBytes: number) {}

  /** Counts a COPY about to run; throws instead when the pool would run full. */
  claim(table: 'node' | 'relation', bytes: number): void {
    const used = this.used + copyCost(table, bytes);
    if (used > this.poolBytes * MARGIN) throw new PageCacheTooSmallError(Math.round(this.poolBytes / MIB), Math.ceil(used / MARGIN / MIB));
    this.used = used;
  }
}
