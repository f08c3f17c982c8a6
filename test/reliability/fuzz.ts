// Property-based bad input over HTTP (fast-check). Four kinds of request, each guaranteed
// malformed: documents that do not parse or validate, well-formed queries with wrong variables,
// editor writes whose batch holds at least one bad row, and request bodies that are not a
// GraphQL request at all. Every answer must be a well-formed GraphQL error with a code.
import { buildSchema, parse, validate } from 'graphql';
import fc from 'fast-check';
import { loadTypeDefs } from '../../src/api/schema.js';

export interface FuzzTarget {
  /** Base URL of a running server, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Headers that make a request an editor's. */
  editorHeaders: Record<string, string>;
}

export interface FuzzRuns {
  documents: number;
  variables: number;
  writes: number;
  bodies: number;
}

export interface FuzzReport {
  requests: number;
  byKind: Record<keyof FuzzRuns, number>;
  /** How often each error code and HTTP status was answered. */
  codes: Record<string, number>;
  statuses: Record<string, number>;
  seconds: number;
}

const schema = buildSchema(loadTypeDefs());

function isValidDocument(text: string): boolean {
  try {
    return validate(schema, parse(text)).length === 0;
  } catch {
    return false;
  }
}

const VALID_QUERIES = [
  `{ actor(name: "北航") { id name aliases relations { id type status to { id name } } } }`,
  `query S($t: String!, $k: [ActorKind!], $n: Int) { search(text: $t, kinds: $k, first: $n) { id kind citations { quote } } }`,
  `mutation { deleteRelations(ids: ["x"]) { relations } }`,
  `{ actor(id: "buaa") { metrics { name value unit asOf } } }`,
];

const TOKENS = ['{', '}', '(', ')', '[', ']', ':', '!', '$t', '...', '@skip(if: true)', 'query', 'mutation', 'fragment', 'on',
  'actor', 'search', 'relations', 'id', 'name', '"北航"', '"""', '#', 'Int', 'ActorKind', 'FUND', '1e999', '-0', 'null', ',',
  '__typename', '__schema', 'deleteActors', 'upsertGraph', '\u0000', '\uFFFF', '"\\u00"', 'subscription', '=', '|', '&'];

/** Text that is not a valid operation for this schema. */
const badDocument = fc
  .oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(' ')),
    fc
      .tuple(fc.constantFrom(...VALID_QUERIES), fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 4 }))
      .map(([query, at, cut, insert]) => {
        const i = at % (query.length + 1);
        return query.slice(0, i) + insert + query.slice(i + cut);
      }),
  )
  .filter((text) => !isValidDocument(text));

const notAnInt = fc.oneof(
  fc.string(),
  fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
  fc.boolean(),
  fc.constant(2 ** 31),
  fc.integer({ max: -1 }),
  fc.integer({ min: 100_000 }),
  fc.array(fc.integer(), { minLength: 1 }),
  fc.object(),
);

/** The search query with variables that are wrong in type, range or presence. */
const badVariables = fc.oneof(
  fc.record({ t: fc.oneof(fc.constant(null), fc.integer(), fc.object(), fc.array(fc.string()), fc.constant('  ')) }),
  fc.record({ t: fc.string({ minLength: 1 }), n: notAnInt }),
  fc.record({ t: fc.string({ minLength: 1 }), k: fc.oneof(fc.string(), fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), fc.array(fc.constant(null), { minLength: 1 })) }),
  fc.dictionary(fc.string().filter((k) => k !== 't'), fc.jsonValue(), { maxKeys: 4 }),
);

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/).map((s) => `fz-${s}`);
const cite = { document: 'haidian-2014', paragraph: 12, quote: '一是联合社会资本' };
const goodActor = fc.record({
  id: slug,
  kind: fc.constantFrom('FUND', 'ENTERPRISE', 'UNIVERSITY'),
  name: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `模糊${s}`),
  inDistrict: fc.boolean(),
  citations: fc.constant([cite]),
});

type Row = Record<string, unknown>;

/** One way to spoil a row: the API or the store must refuse the whole batch because of it. */
const spoilers: fc.Arbitrary<(row: Row) => { actors?: Row[]; relations?: Row[] }> = fc.constantFrom(
  (row: Row) => ({ actors: [{ ...row, id: 'Not A Slug!' }] }),
  (row: Row) => ({ actors: [{ ...row, kind: 'SPACESHIP' }] }),
  (row: Row) => ({ actors: [{ ...row, citations: [] }] }),
  (row: Row) => ({ actors: [{ ...row, citations: [{ ...cite, paragraph: 0 }] }] }),
  (row: Row) => ({ actors: [{ ...row, citations: [{ ...cite, quote: '报告里没有这句话' }] }] }),
  (row: Row) => ({ actors: [{ ...row, citations: [{ ...cite, paragraph: 99_999 }] }] }),
  (row: Row) => ({ actors: [{ ...row, name: '' }] }),
  (row: Row) => ({ actors: [{ ...row, aliases: ['BUAA'] }] }), // a name another actor owns: refused inside the transaction
  (row: Row) => ({ actors: [row, { ...row, name: `${String(row.name)}二` }] }), // the same id twice
  (row: Row) => ({ actors: [{ ...row, metrics: [{ name: 'size', value: 1, unit: 'CNY', asOf: 'last year', citations: [cite] }] }] }),
  (row: Row) => ({ actors: [{ ...row, unknownField: 1 }] }),
  (row: Row) => ({ relations: [{ id: `${String(row.id)}-r`, type: 'INVESTS_IN', status: 'ESTABLISHED', from: row.id, to: 'no-such-actor', citations: [cite] }] }),
  (row: Row) => ({ relations: [{ id: `${String(row.id)}-r`, type: 'OWNS', status: 'ESTABLISHED', from: row.id, to: 'buaa', citations: [cite] }] }),
  (row: Row) => ({ relations: [{ id: `${String(row.id)}-r`, type: 'INVESTS_IN', status: 'RUMOURED', from: row.id, to: 'buaa', citations: [cite] }] }),
);

const UPSERT = `mutation W($actors: [ActorInput!]!, $relations: [RelationInput!]!) { upsertGraph(actors: $actors, relations: $relations) { actors relations } }`;
const DELETE = `mutation D($ids: [ID!]!) { deleteActors(ids: $ids) { actors relations } }`;

/** Editor writes that must be refused whole: good rows mixed with at least one spoilt row. */
const badWrite = fc.oneof(
  fc
    .tuple(fc.uniqueArray(goodActor, { selector: (a) => a.id, maxLength: 5 }), goodActor, spoilers, fc.nat())
    .filter(([good, spoilt]) => !good.some((a) => a.id === spoilt.id))
    .map(([good, spoilt, spoil, at]) => {
      const bad = spoil(spoilt);
      const actors: Row[] = [...good, ...(bad.relations ? [spoilt] : [])];
      actors.splice(at % (actors.length + 1), 0, ...(bad.actors ?? []));
      return { query: UPSERT, variables: { actors, relations: bad.relations ?? [] } };
    }),
  fc.array(slug, { minLength: 1, maxLength: 5 }).map((ids) => ({ query: DELETE, variables: { ids: ['buaa', ...ids] } })),
);

/** Bodies that are not a GraphQL request: not JSON, not an object, batched, wrong field types. */
const badBody = fc.oneof(
  fc.string({ maxLength: 100 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
  fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.boolean()).map((v) => JSON.stringify(v)),
  fc.record({ query: fc.oneof(fc.integer(), fc.object(), fc.constant(null), fc.constant('')) }).map((v) => JSON.stringify(v)),
  fc.record({ query: fc.constant('{ actor(id: "buaa") { id } }'), variables: fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer())) }).map((v) => JSON.stringify(v)),
  fc.record({ query: fc.constant('{ actor(id: "buaa") { id } }'), operationName: fc.string({ minLength: 1 }) }).map((v) => JSON.stringify(v)),
  fc.array(fc.constant({ query: '{ actor(id: "buaa") { id } }' }), { minLength: 1, maxLength: 3 }).map((v) => JSON.stringify(v)),
);

interface Answer {
  status: number;
  text: string;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, text: await response.text() };
}

/** Throws unless the answer is a GraphQL error body: JSON, errors[] non-empty, each with a message and a string code. */
export function assertCodedError(answer: Answer, request: string): string[] {
  const fail = (why: string) => new Error(`${why}\nrequest: ${request.slice(0, 300)}\nanswer ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (answer.status >= 500) throw fail('server error');
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    throw fail('answer is not JSON');
  }
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) throw fail('answer has no errors');
  return errors.map((error: { message?: unknown; extensions?: { code?: unknown; stacktrace?: unknown } }) => {
    if (typeof error.message !== 'string' || error.message === '') throw fail('error without a message');
    if (typeof error.extensions?.code !== 'string') throw fail('error without a code');
    return error.extensions.code;
  });
}

export async function fuzz(target: FuzzTarget, runs: FuzzRuns): Promise<FuzzReport> {
  const started = performance.now();
  const codes: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  const byKind: Record<keyof FuzzRuns, number> = { documents: 0, variables: 0, writes: 0, bodies: 0 };
  const send = async (kind: keyof FuzzRuns, body: string, headers: Record<string, string> = {}) => {
    const answer = await post(target.url, body, headers);
    byKind[kind] += 1;
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    for (const code of assertCodedError(answer, body)) codes[code] = (codes[code] ?? 0) + 1;
  };
  const property = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>) =>
    fc.assert(fc.asyncProperty(arbitrary, check), { numRuns, endOnFailure: true });

  await property(badDocument, runs.documents, (query) => send('documents', JSON.stringify({ query })));
  await property(badVariables, runs.variables, (variables) => send('variables', JSON.stringify({ query: VALID_QUERIES[1], variables })));
  await property(badWrite, runs.writes, (request) => send('writes', JSON.stringify(request), target.editorHeaders));
  await property(badBody, runs.bodies, (body) => send('bodies', body));

  const requests = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { requests, byKind, codes, statuses, seconds: (performance.now() - started) / 1000 };
}
