// What every coordination gap carries, and what a detector of one gap type provides.
import type { ActorRecord, Citation, RelationRecord } from '../../graph/model.js';
import type { FoundPath } from '../connections.js';
import type { GraphView } from '../graph-view.js';

export const GAP_TYPES = [
  'CASE_BY_CASE_COOPERATION',
  'NO_DOCKING_MECHANISM',
  'NO_BENEFIT_COORDINATION',
  'POLICIES_NOT_COMBINED',
  'BROKERAGE',
] as const;

export type GapType = (typeof GAP_TYPES)[number];

export interface GapMetric {
  name: string;
  value: number;
  unit: string;
  actorId?: string | null;
}

export interface Gap {
  type: GapType;
  /** What was found, in Chinese and in English. */
  title: string;
  titleEn: string;
  /** Why it is this gap of §34: the words of the report and the measure, in Chinese and in English. */
  explanation: string;
  explanationEn: string;
  /** In [0, 1]; each detector documents its formula (docs/analytics.md). */
  severity: number;
  actors: ActorRecord[];
  metrics: GapMetric[];
  paths: FoundPath[];
  relations: RelationRecord[];
  /** The graph revision the gap was found at. */
  revision: number;
}

/** A gap as a detector finds it (type and revision are added by coordinationGaps). */
export type GapFinding = Omit<Gap, 'type' | 'revision'>;

export interface GapDetector {
  type: GapType;
  /** The seed finding that states the problem (seed/findings.yaml). */
  findingId: string;
  /** Where the report states it, so a gap is cited even when the seed lacks the finding. */
  statement: Citation;
  /** Finds the gaps on the projection, reading only the records of what it reports. */
  detect(view: GraphView): Promise<GapFinding[]>;
}

/** §34, where the report lists the four problems. */
export function problemStatement(quote: string): Citation {
  return { document: 'haidian-2014', paragraph: 34, quote };
}


/**
 * Gaps a type reports, at most: the most severe, ties by actor id. On the seed every type has
 * fewer; on a district-size graph a type can find a thousand, and each reported gap reads its
 * records and asks for its evidence paths.
 */
export const MAX_GAPS_PER_TYPE = 100;

/** The MAX_GAPS_PER_TYPE most severe findings (actor index order, which is id order, breaks ties), in their original order. */
export function mostSevere<T>(found: readonly T[], severity: (f: T) => number, actor: (f: T) => number): T[] {
  if (found.length <= MAX_GAPS_PER_TYPE) return [...found];
  const kept = new Set([...found].sort((a, b) => severity(b) - severity(a) || actor(a) - actor(b)).slice(0, MAX_GAPS_PER_TYPE));
  return found.filter((f) => kept.has(f));
}
