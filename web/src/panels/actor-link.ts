// An actor named in a panel, as a button: activating it puts the actor on the canvas, expands it
// and shows its details.
import type { ActorSummary } from '../api/types.js';
import { el, properName } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { actorLabel } from '../i18n/actor-label.js';

export function actorLink(actor: ActorSummary, explorer: Explorer): HTMLElement {
  const button = el('button', { type: 'button', className: 'link-button', attrs: { 'data-actor': actor.id } }, properName(actorLabel(actor)));
  button.addEventListener('click', () => void explorer.focus(actor));
  return button;
}
