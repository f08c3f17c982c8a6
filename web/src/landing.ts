// The first view: the report's graph around its central actor (the district government, three
// hops), drawn once and framed. `?centre=<id>&depth=<n>&limit=<n>` opens another neighbourhood,
// e.g. on a generated district-size graph.
import type { Explorer } from './explorer.js';
import { t } from './i18n/ui-text.js';

export interface LandingOptions {
  centre: string;
  depth: number;
  limit: number;
}

export function landingOptions(search: string): LandingOptions {
  const params = new URLSearchParams(search);
  const number = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return { centre: params.get('centre') ?? 'haidian-government', depth: number('depth', 3), limit: number('limit', 400) };
}

export async function showLanding(explorer: Explorer, options: LandingOptions): Promise<void> {
  await explorer.run(() => explorer.expand({ id: options.centre, depth: options.depth, limit: options.limit }));
  explorer.viewTitle = () => t('landingTitle');
  await explorer.fit();
}
