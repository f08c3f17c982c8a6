// The first view: the report's graph around its central actor (the district government, three
// hops), drawn once and framed. `?centre=<id>[,<id>…]&depth=<n>&limit=<n>` opens other
// neighbourhoods, drawn together: e.g. several hubs of a generated district-size graph.
import type { Explorer } from './explorer.js';
import { t } from './i18n/ui-text.js';

export interface LandingOptions {
  centres: string[];
  depth: number;
  limit: number;
}

export function landingOptions(search: string): LandingOptions {
  const params = new URLSearchParams(search);
  const number = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  const centres = (params.get('centre') ?? 'haidian-government').split(',').filter((id) => id !== '');
  return { centres, depth: number('depth', 3), limit: number('limit', 400) };
}

export async function showLanding(explorer: Explorer, options: LandingOptions): Promise<void> {
  await explorer.run(() => explorer.expandAll(options.centres.map((id) => ({ id, depth: options.depth, limit: options.limit }))));
  explorer.viewTitle = () => t('landingTitle');
  await explorer.fit();
  // A large drawing is refined in the background: frame it again when done, unless the user moved.
  const camera = explorer.renderer.getCamera();
  const framed = camera.getState();
  await explorer.layout.settled;
  const now = camera.getState();
  if (now.x === framed.x && now.y === framed.y && now.ratio === framed.ratio) await explorer.fit();
}
