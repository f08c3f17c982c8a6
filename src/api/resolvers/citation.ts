import type { CitationResolvers } from '../__generated__/resolvers-types.js';

export const Citation: CitationResolvers = {
  paragraphText: (citation, _args, { documents }) => documents.paragraph(citation.document, citation.paragraph),
};
