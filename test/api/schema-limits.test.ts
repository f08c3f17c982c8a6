// The schema's descriptions state the bounds the server enforces, for any configuration: the
// numbers are filled from the same limits the resolvers check (they once said depth 1–4 and
// limit 1–2000 while 1–3 and 1–1000 were enforced).
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_DEFAULTS, limitsFrom } from '../../src/api/limits.js';
import { loadTypeDefs } from '../../src/api/schema.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { testEngine } from '../conformance/engines.js';
import { smallGraph } from '../helpers/fixtures.js';
import { executor, type Executor } from '../helpers/graphql.js';

/** Each bounded argument: where its description states the bound, and a query that uses it. */
const BOUNDED = [
  { field: 'search', argument: 'first', stated: /`first` is 0–(\d+)/, query: (n: number) => `{ search(text: "基金", first: ${n}) { id } }` },
  {
    field: 'connections',
    argument: 'maxHops',
    stated: /maxHops 1–(\d+)/,
    query: (n: number) => `{ connections(from: "清华大学", to: { kinds: [ENTERPRISE] }, maxHops: ${n}) { length } }`,
  },
  {
    field: 'connections',
    argument: 'first',
    stated: /first 1–(\d+)/,
    query: (n: number) => `{ connections(from: "清华大学", to: { kinds: [ENTERPRISE] }, first: ${n}) { length } }`,
  },
  { field: 'neighborhood', argument: 'depth', stated: /`depth` hops \(1–(\d+)\)/, query: (n: number) => `{ neighborhood(id: "buaa", depth: ${n}) { truncated } }` },
  { field: 'neighborhood', argument: 'limit', stated: /`limit` \(1–(\d+)\)/, query: (n: number) => `{ neighborhood(id: "buaa", limit: ${n}) { truncated } }` },
] as const;

async function descriptions(api: Executor): Promise<Map<string, string>> {
  const { data } = await api.run<{ __type: { fields: { name: string; description: string | null }[] } }>(
    '{ __type(name: "Query") { fields { name description } } }',
  );
  return new Map((data?.__type.fields ?? []).map((f) => [f.name, f.description ?? '']));
}

describe.each<{ name: string; env: Record<string, string>; expected: Record<string, number> }>([
  { name: 'the default configuration', env: {}, expected: { search: 200, maxHops: 6, pathsFirst: 200, depth: 3, limit: 1000 } },
  {
    name: 'a configuration with lower caps',
    env: { MAX_FIRST: '60', MAX_HOPS: '5', MAX_DEPTH: '2', MAX_LIMIT: '300' },
    expected: { search: 60, maxHops: 5, pathsFirst: 60, depth: 2, limit: 300 },
  },
])('bounds in the schema under $name', ({ env, expected }) => {
  let api: Executor;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const created = await testEngine.create();
    dispose = created.dispose;
    await created.store.upsert(smallGraph());
    api = await executor(created.store, [], undefined, env);
  });
  afterAll(async () => {
    await api.stop();
    await dispose();
  });

  it('are filled in, with no placeholder left', async () => {
    const described = await descriptions(api);
    expect([...described.values()].join('\n')).not.toContain('{{');
    const bound = (i: number) => Number(BOUNDED[i]?.stated.exec(described.get(BOUNDED[i]?.field ?? '') ?? '')?.[1]);
    expect([0, 1, 2, 3, 4].map(bound)).toEqual([expected.search, expected.maxHops, expected.pathsFirst, expected.depth, expected.limit]);
  });

  it.each(BOUNDED)('hold for $field($argument): the stated maximum is accepted, one more is refused', async ({ field, argument, stated, query }) => {
    const max = Number(stated.exec((await descriptions(api)).get(field) ?? '')?.[1]);
    const atMax = await api.run(query(max));
    expect(atMax.errors?.filter((e) => e.extensions?.argument === argument) ?? []).toEqual([]);
    const over = await api.run(query(max + 1));
    expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
    expect(over.errors?.[0]?.message).toContain(`and ${max}`);
  });
});

describe('argument defaults and caps', () => {
  it('are the schema\'s defaults', () => {
    const fields = buildSchema(loadTypeDefs()).getQueryType()?.getFields();
    const defaultOf = (field: string, argument: string) => fields?.[field]?.args.find((a) => a.name === argument)?.defaultValue;
    expect({
      first: defaultOf('search', 'first'),
      pathsFirst: defaultOf('connections', 'first'),
      maxHops: defaultOf('connections', 'maxHops'),
      depth: defaultOf('neighborhood', 'depth'),
      limit: defaultOf('neighborhood', 'limit'),
    }).toEqual(ARGUMENT_DEFAULTS);
  });

  it('refuse at start a cap below a default, which would refuse every call that leaves the argument out', () => {
    const limits = () => limitsFrom(loadConfig({ MAX_HOPS: '3', MAX_LIMIT: '50' }));
    expect(limits).toThrow(ConfigError);
    expect(limits).toThrow('MAX_HOPS: 3 is below 4, the default of connections(maxHops)');
    expect(limits).toThrow('MAX_LIMIT: 50 is below 200, the default of neighborhood(limit)');
  });
});
