// An actor named in a panel, as a button: activating it puts the actor on the canvas and expands it.
import type { ActorSummary } from '../api.js';
import { el } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { actorLabel } from '../i18n.js';

export function actorLink(actor: ActorSummary, explorer: Explorer): HTMLElement {
  const button = el('button', { type: 'button', className: 'link-button', attrs: { 'data-actor': actor.id } }, actorLabel(actor));
  button.addEventListener('click', () => void explorer.focus(actor));
  return button;
}
