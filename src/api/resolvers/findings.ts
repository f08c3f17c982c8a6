import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { FindingRecord } from '../../graph/model.js';

export const findingQueries: Pick<QueryResolvers, 'findings'> = {
  findings(_parent, { kinds }, { findings }) {
    const wanted = kinds?.length ? new Set(kinds) : null;
    return findings.filter((f) => !wanted || wanted.has(f.kind)).sort((a, b) => a.id.localeCompare(b.id));
  },
};

export function findingById(findings: readonly FindingRecord[], id: string): FindingRecord | null {
  return findings.find((f) => f.id === id) ?? null;
}
