import type { IndexIndicatorResolvers, InnovationIndexResolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';
import { findingById } from './findings.js';

export const InnovationIndex: InnovationIndexResolvers = {
  id: (index) => index.definition.id,
  name: (index) => index.definition.name,
  nameEn: (index) => index.definition.nameEn,
  form: (index) => index.definition.form,
  meaning: (index) => index.meaning.zh,
  meaningEn: (index) => index.meaning.en,
  coverage: (index) => ({
    indicators: index.indicators.length,
    withData: index.indicators.filter((i) => i.hasData).length,
    missing: index.indicators.filter((i) => !i.hasData).map((i) => i.indicator.name),
  }),
  indicators: (index) => index.indicators,
  contributions(index, { first }) {
    const limit = first ?? 10;
    if (limit < 0) throw badInput('`first` must not be negative', 'first');
    return index.contributions.slice(0, limit);
  },
  finding: (index, _args, { findings }) => findingById(findings, index.definition.id),
  citations: (index, _args, { findings }) => findingById(findings, index.definition.id)?.citations ?? [index.definition.citation],
};

export const IndexIndicator: IndexIndicatorResolvers = {
  name: (result) => result.indicator.name,
  description: (result) => result.indicator.description,
  paragraphs: (result) => [...result.indicator.paragraphs],
  weight: (result) => result.indicator.weight,
  reference: (result) => result.indicator.reference?.value ?? null,
};
