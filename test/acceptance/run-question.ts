// Checks one analyst question's answer: each `expect` names a place in the GraphQL answer by a
// small path — dots between fields, [n] for the n-th item, [field=value] for the first item
// whose field (a dotted path: to.id) has that value, [*] for every item's value — and what must hold there.
export interface Expectation {
  at: string;
  equals?: unknown;
  approx?: number;
  contains?: unknown;
  notContains?: unknown;
  atLeast?: number;
  atMost?: number;
  length?: number;
}

export interface Question {
  id: string;
  question: string;
  /** The report's paragraphs the answer comes from, e.g. "§20". */
  source: string;
  query: string;
  expect: Expectation[];
  /** The error code the question must get instead of data. */
  error?: { code: string; candidates?: string[] };
}

const STEP = /([^.[\]]+)|\[(\*|\d+|[^=\]]+=[^\]]*)\]/g;

/** The values at `path` (one, or many after [*]). */
export function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const [, field, selector] of path.matchAll(STEP)) {
    current = current.flatMap((value): unknown[] => {
      if (field !== undefined) return value !== null && typeof value === 'object' ? [(value as Record<string, unknown>)[field]] : [undefined];
      const list = Array.isArray(value) ? value : [];
      if (selector === '*') return list;
      if (/^\d+$/.test(selector as string)) return [list[Number(selector)]];
      const [key, wanted] = (selector as string).split('=') as [string, string];
      const valueOf = (item: unknown) => key.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), item);
      return [list.find((item) => String(valueOf(item)) === wanted)];
    });
  }
  return current;
}

/** What is wrong with the answer, or [] when every expectation holds. */
export function check(answer: unknown, expectations: readonly Expectation[]): string[] {
  return expectations.flatMap((e) => {
    const found = valuesAt(answer, e.at);
    const value = found.length === 1 ? found[0] : found;
    const text = JSON.stringify(value);
    const problems: string[] = [];
    if ('equals' in e && JSON.stringify(e.equals) !== text) problems.push(`equals ${JSON.stringify(e.equals)}`);
    if (e.approx !== undefined && !(typeof value === 'number' && Math.abs(value - e.approx) <= Math.max(1e-9, Math.abs(e.approx) * 1e-3))) problems.push(`≈ ${e.approx}`);
    const includes = (needle: unknown) => (Array.isArray(value) ? value.some((v) => JSON.stringify(v) === JSON.stringify(needle)) : typeof value === 'string' && value.includes(String(needle)));
    if ('contains' in e && !includes(e.contains)) problems.push(`contains ${JSON.stringify(e.contains)}`);
    if ('notContains' in e && includes(e.notContains)) problems.push(`does not contain ${JSON.stringify(e.notContains)}`);
    if (e.atLeast !== undefined && !(typeof value === 'number' && value >= e.atLeast)) problems.push(`≥ ${e.atLeast}`);
    if (e.atMost !== undefined && !(typeof value === 'number' && value <= e.atMost)) problems.push(`≤ ${e.atMost}`);
    if (e.length !== undefined && !(Array.isArray(value) && value.length === e.length)) problems.push(`length ${e.length}`);
    return problems.map((p) => `${e.at} ${p}, got ${text}`);
  });
}
