// Requests per second the HTTP API sustains for one GraphQL request, at a given concurrency.
import autocannon from 'autocannon';

export interface Throughput {
  connections: number;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

export async function throughput(url: string, body: string, connections: number, seconds: number): Promise<Throughput> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
