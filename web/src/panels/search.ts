// The search box in the top bar: choosing an actor puts it on the canvas, expands it and shows it.
import type { Explorer } from '../explorer.js';
import { actorPicker } from './actor-picker.js';

export function mountSearch(host: HTMLElement, explorer: Explorer, onChosen: () => void): void {
  const picker = actorPicker('search-input', 'searchLabel', (actor) => {
    onChosen();
    void explorer.focus(actor);
  });
  picker.input.type = 'search';
  host.append(picker.element);
}
