/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Suggest($text: String!, $first: Int) {\n    byName: actor(name: $text) {\n      ...ActorCore\n    }\n    search(text: $text, first: $first) {\n      ...ActorCore\n    }\n    similar: suggest(text: $text, first: $first) {\n      actor {\n        ...ActorCore\n      }\n    }\n  }\n": typeof types.SuggestDocument,
    "\n  query ActorDetail($id: ID!) {\n    actor(id: $id) {\n      ...ActorCore\n      district\n      description\n      descriptionZh\n      metrics {\n        ...MetricFields\n      }\n      citations {\n        ...CitationFields\n      }\n      relations {\n        ...RelationDetailFields\n      }\n    }\n  }\n": typeof types.ActorDetailDocument,
    "\n  query RelationDetails($source: ID!) {\n    actor(id: $source) {\n      relations(direction: OUT) {\n        ...RelationDetailFields\n      }\n    }\n  }\n": typeof types.RelationDetailsDocument,
    "\n  query Connections(\n    $from: String!\n    $via: [ActorKind!]\n    $to: ConnectionTarget!\n    $maxHops: Int\n    $includePlanned: Boolean\n    $first: Int\n    $relationTypes: [RelationType!]\n    $direction: PathDirection\n    $bases: [Basis!]\n  ) {\n    connections(\n      from: $from\n      via: $via\n      to: $to\n      maxHops: $maxHops\n      includePlanned: $includePlanned\n      first: $first\n      relationTypes: $relationTypes\n      direction: $direction\n      bases: $bases\n    ) {\n      ...PathFields\n    }\n  }\n": typeof types.ConnectionsDocument,
    "\n  query CoordinationGaps($types: [GapType!]) {\n    coordinationGaps(types: $types) {\n      type\n      title\n      titleEn\n      explanation\n      explanationEn\n      severity\n      actors {\n        ...ActorCore\n      }\n      evidence {\n        metrics {\n          name\n          value\n          unit\n          actor {\n            ...ActorCore\n          }\n        }\n        paths {\n          ...PathFields\n        }\n        relations {\n          ...RelationCore\n        }\n      }\n      problem {\n        ...FindingFields\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n": typeof types.CoordinationGapsDocument,
    "\n  query Indices($top: Int) {\n    indices {\n      id\n      name\n      nameEn\n      form\n      value\n      meaning\n      meaningEn\n      coverage {\n        indicators\n        withData\n        missing\n      }\n      eligibleActors\n      indicators {\n        name\n        description\n        paragraphs\n        weight\n        effectiveWeight\n        hasData\n      }\n      contributions(first: $top) {\n        actor {\n          ...ActorCore\n        }\n        rank\n        score\n        contribution\n      }\n      finding {\n        ...FindingFields\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n": typeof types.IndicesDocument,
    "\n  query IndexScores($first: Int) {\n    indices {\n      id\n      name\n      nameEn\n      contributions(first: $first) {\n        actor {\n          id\n        }\n        contribution\n      }\n    }\n  }\n": typeof types.IndexScoresDocument,
    "\n  fragment ActorCore on Actor {\n    id\n    kind\n    name\n    nameEn\n    aliases\n    inDistrict\n  }\n": typeof types.ActorCoreFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    document\n    paragraph\n    quote\n    paragraphText\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment MetricFigures on Metric {\n    name\n    value\n    unit\n    qualifier\n  }\n": typeof types.MetricFiguresFragmentDoc,
    "\n  fragment MetricFields on Metric {\n    name\n    value\n    unit\n    asOf\n    qualifier\n    citations {\n      ...CitationFields\n    }\n  }\n": typeof types.MetricFieldsFragmentDoc,
    "\n  fragment RelationCore on Relation {\n    id\n    type\n    status\n    basis\n    from {\n      ...ActorCore\n    }\n    to {\n      ...ActorCore\n    }\n    metrics {\n      ...MetricFigures\n    }\n  }\n": typeof types.RelationCoreFragmentDoc,
    "\n  fragment RelationDetailFields on Relation {\n    ...RelationCore\n    description\n    reasoning\n    reasoningZh\n    metrics {\n      ...MetricFields\n    }\n    citations {\n      ...CitationFields\n    }\n  }\n": typeof types.RelationDetailFieldsFragmentDoc,
    "\n  fragment PathFields on GraphPath {\n    nodes {\n      ...ActorCore\n    }\n    relations {\n      ...RelationCore\n    }\n    explanation {\n      zh\n      en\n    }\n    length\n    allEstablished\n  }\n": typeof types.PathFieldsFragmentDoc,
    "\n  fragment FindingFields on Finding {\n    id\n    title\n    titleEn\n    summary\n    citations {\n      ...CitationFields\n    }\n  }\n": typeof types.FindingFieldsFragmentDoc,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {\n    neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $relationTypes) {\n      nodes {\n        key\n        attributes {\n          label\n          labelEn\n          kind\n          inDistrict\n          depth\n        }\n      }\n      edges {\n        key\n        source\n        target\n        attributes {\n          type\n          status\n          basis\n        }\n      }\n      truncated\n    }\n    centre: actor(id: $id) {\n      relations(types: $relationTypes) {\n        id\n        metrics {\n          ...MetricFigures\n        }\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
};
const documents: Documents = {
    "\n  query Suggest($text: String!, $first: Int) {\n    byName: actor(name: $text) {\n      ...ActorCore\n    }\n    search(text: $text, first: $first) {\n      ...ActorCore\n    }\n    similar: suggest(text: $text, first: $first) {\n      actor {\n        ...ActorCore\n      }\n    }\n  }\n": types.SuggestDocument,
    "\n  query ActorDetail($id: ID!) {\n    actor(id: $id) {\n      ...ActorCore\n      district\n      description\n      descriptionZh\n      metrics {\n        ...MetricFields\n      }\n      citations {\n        ...CitationFields\n      }\n      relations {\n        ...RelationDetailFields\n      }\n    }\n  }\n": types.ActorDetailDocument,
    "\n  query RelationDetails($source: ID!) {\n    actor(id: $source) {\n      relations(direction: OUT) {\n        ...RelationDetailFields\n      }\n    }\n  }\n": types.RelationDetailsDocument,
    "\n  query Connections(\n    $from: String!\n    $via: [ActorKind!]\n    $to: ConnectionTarget!\n    $maxHops: Int\n    $includePlanned: Boolean\n    $first: Int\n    $relationTypes: [RelationType!]\n    $direction: PathDirection\n    $bases: [Basis!]\n  ) {\n    connections(\n      from: $from\n      via: $via\n      to: $to\n      maxHops: $maxHops\n      includePlanned: $includePlanned\n      first: $first\n      relationTypes: $relationTypes\n      direction: $direction\n      bases: $bases\n    ) {\n      ...PathFields\n    }\n  }\n": types.ConnectionsDocument,
    "\n  query CoordinationGaps($types: [GapType!]) {\n    coordinationGaps(types: $types) {\n      type\n      title\n      titleEn\n      explanation\n      explanationEn\n      severity\n      actors {\n        ...ActorCore\n      }\n      evidence {\n        metrics {\n          name\n          value\n          unit\n          actor {\n            ...ActorCore\n          }\n        }\n        paths {\n          ...PathFields\n        }\n        relations {\n          ...RelationCore\n        }\n      }\n      problem {\n        ...FindingFields\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n": types.CoordinationGapsDocument,
    "\n  query Indices($top: Int) {\n    indices {\n      id\n      name\n      nameEn\n      form\n      value\n      meaning\n      meaningEn\n      coverage {\n        indicators\n        withData\n        missing\n      }\n      eligibleActors\n      indicators {\n        name\n        description\n        paragraphs\n        weight\n        effectiveWeight\n        hasData\n      }\n      contributions(first: $top) {\n        actor {\n          ...ActorCore\n        }\n        rank\n        score\n        contribution\n      }\n      finding {\n        ...FindingFields\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n": types.IndicesDocument,
    "\n  query IndexScores($first: Int) {\n    indices {\n      id\n      name\n      nameEn\n      contributions(first: $first) {\n        actor {\n          id\n        }\n        contribution\n      }\n    }\n  }\n": types.IndexScoresDocument,
    "\n  fragment ActorCore on Actor {\n    id\n    kind\n    name\n    nameEn\n    aliases\n    inDistrict\n  }\n": types.ActorCoreFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    document\n    paragraph\n    quote\n    paragraphText\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment MetricFigures on Metric {\n    name\n    value\n    unit\n    qualifier\n  }\n": types.MetricFiguresFragmentDoc,
    "\n  fragment MetricFields on Metric {\n    name\n    value\n    unit\n    asOf\n    qualifier\n    citations {\n      ...CitationFields\n    }\n  }\n": types.MetricFieldsFragmentDoc,
    "\n  fragment RelationCore on Relation {\n    id\n    type\n    status\n    basis\n    from {\n      ...ActorCore\n    }\n    to {\n      ...ActorCore\n    }\n    metrics {\n      ...MetricFigures\n    }\n  }\n": types.RelationCoreFragmentDoc,
    "\n  fragment RelationDetailFields on Relation {\n    ...RelationCore\n    description\n    reasoning\n    reasoningZh\n    metrics {\n      ...MetricFields\n    }\n    citations {\n      ...CitationFields\n    }\n  }\n": types.RelationDetailFieldsFragmentDoc,
    "\n  fragment PathFields on GraphPath {\n    nodes {\n      ...ActorCore\n    }\n    relations {\n      ...RelationCore\n    }\n    explanation {\n      zh\n      en\n    }\n    length\n    allEstablished\n  }\n": types.PathFieldsFragmentDoc,
    "\n  fragment FindingFields on Finding {\n    id\n    title\n    titleEn\n    summary\n    citations {\n      ...CitationFields\n    }\n  }\n": types.FindingFieldsFragmentDoc,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {\n    neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $relationTypes) {\n      nodes {\n        key\n        attributes {\n          label\n          labelEn\n          kind\n          inDistrict\n          depth\n        }\n      }\n      edges {\n        key\n        source\n        target\n        attributes {\n          type\n          status\n          basis\n        }\n      }\n      truncated\n    }\n    centre: actor(id: $id) {\n      relations(types: $relationTypes) {\n        id\n        metrics {\n          ...MetricFigures\n        }\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggest($text: String!, $first: Int) {\n    byName: actor(name: $text) {\n      ...ActorCore\n    }\n    search(text: $text, first: $first) {\n      ...ActorCore\n    }\n    similar: suggest(text: $text, first: $first) {\n      actor {\n        ...ActorCore\n      }\n    }\n  }\n"): typeof import('./graphql.js').SuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorDetail($id: ID!) {\n    actor(id: $id) {\n      ...ActorCore\n      district\n      description\n      descriptionZh\n      metrics {\n        ...MetricFields\n      }\n      citations {\n        ...CitationFields\n      }\n      relations {\n        ...RelationDetailFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').ActorDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationDetails($source: ID!) {\n    actor(id: $source) {\n      relations(direction: OUT) {\n        ...RelationDetailFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').RelationDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections(\n    $from: String!\n    $via: [ActorKind!]\n    $to: ConnectionTarget!\n    $maxHops: Int\n    $includePlanned: Boolean\n    $first: Int\n    $relationTypes: [RelationType!]\n    $direction: PathDirection\n    $bases: [Basis!]\n  ) {\n    connections(\n      from: $from\n      via: $via\n      to: $to\n      maxHops: $maxHops\n      includePlanned: $includePlanned\n      first: $first\n      relationTypes: $relationTypes\n      direction: $direction\n      bases: $bases\n    ) {\n      ...PathFields\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinationGaps($types: [GapType!]) {\n    coordinationGaps(types: $types) {\n      type\n      title\n      titleEn\n      explanation\n      explanationEn\n      severity\n      actors {\n        ...ActorCore\n      }\n      evidence {\n        metrics {\n          name\n          value\n          unit\n          actor {\n            ...ActorCore\n          }\n        }\n        paths {\n          ...PathFields\n        }\n        relations {\n          ...RelationCore\n        }\n      }\n      problem {\n        ...FindingFields\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').CoordinationGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indices($top: Int) {\n    indices {\n      id\n      name\n      nameEn\n      form\n      value\n      meaning\n      meaningEn\n      coverage {\n        indicators\n        withData\n        missing\n      }\n      eligibleActors\n      indicators {\n        name\n        description\n        paragraphs\n        weight\n        effectiveWeight\n        hasData\n      }\n      contributions(first: $top) {\n        actor {\n          ...ActorCore\n        }\n        rank\n        score\n        contribution\n      }\n      finding {\n        ...FindingFields\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').IndicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndexScores($first: Int) {\n    indices {\n      id\n      name\n      nameEn\n      contributions(first: $first) {\n        actor {\n          id\n        }\n        contribution\n      }\n    }\n  }\n"): typeof import('./graphql.js').IndexScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorCore on Actor {\n    id\n    kind\n    name\n    nameEn\n    aliases\n    inDistrict\n  }\n"): typeof import('./graphql.js').ActorCoreFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    document\n    paragraph\n    quote\n    paragraphText\n  }\n"): typeof import('./graphql.js').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricFigures on Metric {\n    name\n    value\n    unit\n    qualifier\n  }\n"): typeof import('./graphql.js').MetricFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricFields on Metric {\n    name\n    value\n    unit\n    asOf\n    qualifier\n    citations {\n      ...CitationFields\n    }\n  }\n"): typeof import('./graphql.js').MetricFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationCore on Relation {\n    id\n    type\n    status\n    basis\n    from {\n      ...ActorCore\n    }\n    to {\n      ...ActorCore\n    }\n    metrics {\n      ...MetricFigures\n    }\n  }\n"): typeof import('./graphql.js').RelationCoreFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationDetailFields on Relation {\n    ...RelationCore\n    description\n    reasoning\n    reasoningZh\n    metrics {\n      ...MetricFields\n    }\n    citations {\n      ...CitationFields\n    }\n  }\n"): typeof import('./graphql.js').RelationDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathFields on GraphPath {\n    nodes {\n      ...ActorCore\n    }\n    relations {\n      ...RelationCore\n    }\n    explanation {\n      zh\n      en\n    }\n    length\n    allEstablished\n  }\n"): typeof import('./graphql.js').PathFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingFields on Finding {\n    id\n    title\n    titleEn\n    summary\n    citations {\n      ...CitationFields\n    }\n  }\n"): typeof import('./graphql.js').FindingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {\n    neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $relationTypes) {\n      nodes {\n        key\n        attributes {\n          label\n          labelEn\n          kind\n          inDistrict\n          depth\n        }\n      }\n      edges {\n        key\n        source\n        target\n        attributes {\n          type\n          status\n          basis\n        }\n      }\n      truncated\n    }\n    centre: actor(id: $id) {\n      relations(types: $relationTypes) {\n        id\n        metrics {\n          ...MetricFigures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').NeighbourhoodDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
