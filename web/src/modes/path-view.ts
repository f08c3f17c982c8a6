// One path written out: 北航 —共建→ 研究院 —投资→ 企业, tentative or inferred links tagged.
import type { GraphPath } from '../api/types.js';
import { el } from '../dom.js';
import { edgeLabel } from '../edge-label.js';
import type { Explorer } from '../explorer.js';
import { actorLink } from '../panels/actor-link.js';

export function pathView(path: GraphPath, explorer: Explorer): HTMLElement {
  const steps = el('span', { className: 'path-steps' });
  path.nodes.forEach((node, index) => {
    steps.append(actorLink(node, explorer));
    const relation = path.relations[index];
    if (!relation) return;
    const forward = relation.from.id === node.id;
    const label = edgeLabel({ ...relation, figures: relation.metrics });
    steps.append(` ${forward ? '—' : '←'}${label}${forward ? '→' : '—'} `);
  });
  return steps;
}
