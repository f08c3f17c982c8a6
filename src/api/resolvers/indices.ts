import type { InnovationIndexResolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';
import { findingById } from './findings.js';

export const InnovationIndex: InnovationIndexResolvers = {
  id: (index) => index.definition.id,
  name: (index) => index.definition.name,
  nameEn: (index) => index.definition.nameEn,
  indicators: (index) => [...index.definition.indicators],
  contributions(index, { first }) {
    const limit = first ?? 10;
    if (limit < 0) throw badInput('`first` must not be negative', 'first');
    return index.contributions.slice(0, limit);
  },
  finding: (index, _args, { findings }) => findingById(findings, index.definition.id),
  citations: (index, _args, { findings }) => findingById(findings, index.definition.id)?.citations ?? [index.definition.citation],
};
