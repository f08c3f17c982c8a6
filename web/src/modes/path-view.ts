// One path written out: 北航 —共建→ 研究院 —投资→ 企业, tentative links tagged with their status.
import type { GraphPath } from '../api.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { relationName, statusName } from '../i18n.js';
import { isTentative } from '../vocabulary.js';
import { actorLink } from '../panels/actor-link.js';

export function pathView(path: GraphPath, explorer: Explorer): HTMLElement {
  const steps = el('span', { className: 'path-steps' });
  path.nodes.forEach((node, index) => {
    steps.append(actorLink(node, explorer));
    const relation = path.relations[index];
    if (!relation) return;
    const forward = relation.from.id === node.id;
    const tag = isTentative(relation.status) ? `（${statusName(relation.status)}）` : '';
    steps.append(` ${forward ? '—' : '←'}${relationName(relation.type)}${tag}${forward ? '→' : '—'} `);
  });
  return steps;
}
