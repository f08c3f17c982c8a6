// Turns the text a planner types (北航, BUAA, an id, part of a name) into one actor, or an
// error that says what went wrong: nothing matches, or several do (listed, so they can choose).
import { apiError, ErrorCode } from './errors.js';
import { requireText } from './required-text.js';
import type { ActorRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

/** How many candidates an AMBIGUOUS_ACTOR error lists. */
export const MAX_CANDIDATES = 10;

export async function resolveActor(store: GraphStore, text: string, argument: string): Promise<ActorRecord> {
  const [named] = await store.actorsByName(requireText(argument, text));
  if (named) return named;
  const [byId] = await store.actorsByIds([text.trim()]);
  if (byId) return byId;
  const found = await store.search(text, { first: MAX_CANDIDATES + 1 });
  if (found.length === 1 && found[0]) return found[0];
  if (found.length === 0) {
    throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor is named or matches "${text}"`, { argument, text });
  }
  const candidates = found.slice(0, MAX_CANDIDATES).map(({ id, name, kind }) => ({ id, name, kind }));
  const listed = candidates.map((c) => `${c.name} (${c.id})`).join(', ');
  const more = found.length > MAX_CANDIDATES ? ', …' : '';
  throw apiError(ErrorCode.AMBIGUOUS_ACTOR, `"${text}" matches several actors: ${listed}${more}; give a full name, an alias or an id`, {
    argument,
    text,
    candidates,
  });
}
