// The canvas from the keyboard: arrow keys move between the drawn actors (to the nearest one in
// that direction), Enter opens the current one as a click would, + and − zoom, 0 fits the view,
// Escape lets go. Each move is announced and shows the actor's hover card.
import type { Explorer } from './explorer.js';
import { isVisible } from './graph-state.js';
import { onLanguageChange } from './i18n/language.js';
import { t } from './i18n/ui-text.js';
import { kindName } from './i18n/vocabulary-names.js';
import type { HoverCard } from './panels/hover-card.js';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

export function mountKeyboard(canvas: HTMLElement, announcer: HTMLElement, explorer: Explorer, card: HoverCard, open: (node: string) => void): void {
  const { renderer, state } = explorer;
  let current: string | null = null;

  const screen = (node: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node) ?? { x: 0, y: 0 });

  const moveTo = (node: string) => {
    if (current && state.graph.hasNode(current)) renderer.setNodeState(current, { isHovered: false });
    current = node;
    renderer.setNodeState(node, { isHovered: true });
    const a = state.graph.getNodeAttributes(node);
    announcer.textContent = t('keyboardFocus', { name: a.label, kind: kindName(a.kind), n: state.graph.degree(node) });
    card.showNode(node);
  };

  /** The nearest visible actor within 60° of the direction, nearer straight ahead. */
  const next = (direction: { x: number; y: number }): string | null => {
    const visible = state.graph.filterNodes((_node, a) => isVisible(a));
    if (!current || !state.graph.hasNode(current)) {
      return explorer.selected && visible.includes(explorer.selected)
        ? explorer.selected
        : (visible.sort((p, q) => state.graph.degree(q) - state.graph.degree(p))[0] ?? null);
    }
    const from = screen(current);
    let best: string | null = null;
    let bestScore = Infinity;
    for (const node of visible) {
      if (node === current) continue;
      const at = screen(node);
      const dx = at.x - from.x;
      const dy = at.y - from.y;
      const distance = Math.hypot(dx, dy);
      const along = (dx * direction.x + dy * direction.y) / (distance || 1);
      if (along < 0.5) continue;
      const score = distance * (2 - along);
      if (score < bestScore) {
        bestScore = score;
        best = node;
      }
    }
    return best;
  };

  canvas.addEventListener('keydown', (event) => {
    const direction = DIRECTIONS[event.key];
    const camera = renderer.getCamera();
    if (direction) {
      const node = next(direction);
      if (node) moveTo(node);
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      open(current);
    } else if (event.key === '+' || event.key === '=') {
      void camera.zoomIn({ duration: 200 });
    } else if (event.key === '-') {
      void camera.zoomOut({ duration: 200 });
    } else if (event.key === '0') {
      void explorer.fit();
    } else if (event.key === 'Escape') {
      if (current && state.graph.hasNode(current)) renderer.setNodeState(current, { isHovered: false });
      current = null;
      card.hide();
      explorer.endSpotlight();
    } else return;
    event.preventDefault();
  });
  canvas.addEventListener('blur', () => card.hide());
  onLanguageChange(() => (announcer.textContent = ''));
}
