// The domain records every engine stores and returns. The zod schemas are the edge checks
// used by the seed loader and the importer; the types are what the rest of the code sees.
import { z } from 'zod';

export const ACTOR_KINDS = [
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'MILITARY_GROUP',
  'FUND',
  'INCUBATOR',
  'ENTERPRISE',
  'TALENT_PROGRAM',
  'WORKSTATION',
  'PARK',
  'PLATFORM',
  'ALLIANCE',
  'GOVERNMENT',
  'POLICY',
  /** An undertaking the report names or counts: demonstration projects, industrialisation projects. */
  'PROJECT',
] as const;

export const RELATION_TYPES = [
  'CO_FOUNDED',
  'INVESTS_IN',
  'CONTRIBUTES_TO',
  'INCUBATES',
  'LOCATED_IN',
  'PARTNERS_WITH',
  'TRANSFERS_TECHNOLOGY',
  'HOSTS',
  'MEMBER_OF',
  'SUPPORTS',
  'PART_OF',
  /** A body or company that runs something: a park, a street, a programme, a policy instrument. */
  'OPERATES',
] as const;

/** What the report separates: in place (已), being built or planned (筹建/筹划/推动), intended (意向), negotiating (洽谈). */
export const RELATION_STATUSES = ['ESTABLISHED', 'PLANNED', 'INTENT', 'NEGOTIATING'] as const;

export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;

/** Whether the quoted words say a statement (STATED) or we concluded it from them (INFERRED). */
export const BASES = ['STATED', 'INFERRED'] as const;

/** How a figure is meant: exact unless the report says 多, 近, 超过, 以上, 强 … */
export const METRIC_QUALIFIERS = ['EXACT', 'ABOUT', 'NEARLY', 'MORE_THAN', 'AT_LEAST'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type RelationStatus = (typeof RELATION_STATUSES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Basis = (typeof BASES)[number];
export type MetricQualifier = (typeof METRIC_QUALIFIERS)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug: letters, digits and single hyphens');

export const citationSchema = z.strictObject({
  document: z.string().min(1),
  paragraph: z.number().int().positive(),
  quote: z.string().min(1),
});

export const metricSchema = z.strictObject({
  name: z.string().min(1),
  value: z.number().finite(),
  unit: z.string().min(1),
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD').nullish(),
  qualifier: z.enum(METRIC_QUALIFIERS).default('EXACT'),
  citations: z.array(citationSchema).min(1, 'every metric cites its source'),
});

export const actorSchema = z.strictObject({
  id: slug,
  kind: z.enum(ACTOR_KINDS),
  name: z.string().min(1),
  nameEn: z.string().min(1).nullish(),
  aliases: z.array(z.string().min(1)).default([]),
  district: z.string().min(1).nullish(),
  inDistrict: z.boolean(),
  description: z.string().min(1).nullish(),
  metrics: z.array(metricSchema).default([]),
  citations: z.array(citationSchema).min(1, 'every actor cites its source'),
});

export const relationSchema = z
  .strictObject({
    id: slug,
    type: z.enum(RELATION_TYPES),
    status: z.enum(RELATION_STATUSES),
    from: slug,
    to: slug,
    description: z.string().min(1).nullish(),
    basis: z.enum(BASES).default('STATED'),
    /** Why an INFERRED relation is concluded from its citations (which are what it rests on). */
    reasoning: z.string().min(1).nullish(),
    metrics: z.array(metricSchema).default([]),
    citations: z.array(citationSchema).min(1, 'every relation cites its source'),
  })
  .refine((r) => r.basis === 'STATED' || Boolean(r.reasoning), {
    message: 'an INFERRED relation says its reasoning',
    path: ['reasoning'],
  });

/** The report's own analysis: the problems it names (section 二) and what it plans (section 三). */
export const FINDING_KINDS = ['PROBLEM', 'PLAN', 'PLATFORM', 'INDEX', 'MECHANISM'] as const;

export const findingSchema = z.strictObject({
  id: slug,
  kind: z.enum(FINDING_KINDS),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  summary: z.string().min(1).nullish(),
  citations: z.array(citationSchema).min(1, 'every finding cites its source'),
});

export type Citation = z.infer<typeof citationSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type ActorRecord = z.infer<typeof actorSchema>;
export type RelationRecord = z.infer<typeof relationSchema>;
export type FindingKind = (typeof FINDING_KINDS)[number];
export type FindingRecord = z.infer<typeof findingSchema>;

/** A unit of writing: applied whole or not at all. */
export interface GraphBatch {
  actors: ActorRecord[];
  relations: RelationRecord[];
}
