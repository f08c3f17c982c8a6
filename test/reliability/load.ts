// A bounded load test: autocannon against a running server on 127.0.0.1, cycling through the
// public queries planners and the front-end send. An answer with GraphQL errors counts as an
// error even when its HTTP status is 200.
import autocannon from 'autocannon';

export const PUBLIC_QUERIES: { name: string; query: string }[] = [
  { name: 'actor by alias with relations', query: `{ actor(name: "北航") { id name aliases relations { id type status from { id name } to { id name kind } } } }` },
  { name: 'search', query: `{ search(text: "基金", first: 20) { id kind name inDistrict } }` },
  { name: 'search by kind', query: `{ search(text: "大学", kinds: [UNIVERSITY], first: 10) { id name nameEn aliases } }` },
  { name: 'actor with metrics and cited paragraph', query: `{ actor(id: "tsinghua") { name metrics { name value unit asOf } citations { document paragraph quote paragraphText } } }` },
  { name: 'unknown actor (null, not an error)', query: `{ actor(name: "不存在的机构") { id } }` },
];

export interface LoadOptions {
  url: string;
  seconds: number;
  connections: number;
}

export interface LoadReport {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx answers whose body carried GraphQL errors. */
  graphqlErrors: number;
  /** Those errors by extensions.code, to tell overload (timeouts, unavailable) from bugs. */
  graphqlErrorCodes: Record<string, number>;
}

function errorCode(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return String(parsed.errors?.[0]?.extensions?.code ?? 'no code');
  } catch {
    return 'not JSON';
  }
}

export async function load({ url, seconds, connections }: LoadOptions): Promise<LoadReport> {
  let graphqlErrors = 0;
  const graphqlErrorCodes: Record<string, number> = {};
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: PUBLIC_QUERIES.map(({ query }) => ({
      body: JSON.stringify({ query }),
      onResponse: (_status: number, body: string) => {
        if (!body.includes('"errors"')) return;
        graphqlErrors += 1;
        const code = errorCode(body);
        graphqlErrorCodes[code] = (graphqlErrorCodes[code] ?? 0) + 1;
      },
    })),
  });
  return {
    seconds: result.duration,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    graphqlErrorCodes,
  };
}
