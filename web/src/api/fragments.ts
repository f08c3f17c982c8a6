// The shapes the page reads again and again, as GraphQL fragments: codegen types each one
// (ActorCoreFragment, …) and the queries spread them.
import { graphql } from '../__generated__/gql.js';

export const ActorCore = graphql(`
  fragment ActorCore on Actor {
    id
    kind
    name
    nameEn
    aliases
    inDistrict
  }
`);

export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    document
    paragraph
    quote
    paragraphText
  }
`);

/** What an edge label shows of a metric: the figure, without its sources. */
export const MetricFigures = graphql(`
  fragment MetricFigures on Metric {
    name
    value
    unit
    qualifier
  }
`);

export const MetricFields = graphql(`
  fragment MetricFields on Metric {
    name
    value
    unit
    asOf
    qualifier
    citations {
      ...CitationFields
    }
  }
`);

/** A relation as the canvas draws it: type, status, basis and the figures its edge label shows. */
export const RelationCore = graphql(`
  fragment RelationCore on Relation {
    id
    type
    status
    basis
    from {
      ...ActorCore
    }
    to {
      ...ActorCore
    }
    metrics {
      ...MetricFigures
    }
  }
`);

/** A relation as the details panel and hover cards show it: with its sources, and why it is inferred. */
export const RelationDetailFields = graphql(`
  fragment RelationDetailFields on Relation {
    ...RelationCore
    description
    reasoning
    reasoningZh
    metrics {
      ...MetricFields
    }
    citations {
      ...CitationFields
    }
  }
`);

export const PathFields = graphql(`
  fragment PathFields on GraphPath {
    nodes {
      ...ActorCore
    }
    relations {
      ...RelationCore
    }
    explanation {
      zh
      en
    }
    length
    allEstablished
  }
`);

export const FindingFields = graphql(`
  fragment FindingFields on Finding {
    id
    title
    titleEn
    summary
    citations {
      ...CitationFields
    }
  }
`);
