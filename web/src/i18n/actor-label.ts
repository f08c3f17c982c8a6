// An actor's name as the page shows it: English when the page is English and the actor has an
// English name, else its canonical Chinese name.
import { language } from './language.js';

export function actorLabel(actor: { name: string; nameEn?: string | null }): string {
  return language() === 'en' && actor.nameEn ? actor.nameEn : actor.name;
}
