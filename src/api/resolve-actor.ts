// Turns the text a planner types (北航, BUAA, an id, part of a name) into one actor, or an
// error that says what went wrong: nothing matches, or several do (listed, so they can choose).
import { apiError, ErrorCode } from './errors.js';
import { requireText } from './required-text.js';
import type { ActorRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

/** How many candidates an AMBIGUOUS_ACTOR error lists. */
export const MAX_CANDIDATES = 10;

/** Ranked candidates for a name that finds nothing (name-suggestions.ts), as an error lists them. */
export type Suggest = (text: string) => Promise<{ actor: ActorRecord; score: number }[]>;

export async function resolveActor(store: GraphStore, text: string, argument: string, suggest?: Suggest): Promise<ActorRecord> {
  const named = await store.actorByName(requireText(argument, text));
  if (named) return named;
  const [byId] = await store.actorsByIds([text.trim()]);
  if (byId) return byId;
  const found = await store.search(text, { first: MAX_CANDIDATES + 1 });
  if (found.length === 1 && found[0]) return found[0];
  if (found.length === 0) {
    const candidates = (await suggest?.(text))?.map(({ actor, score }) => ({ id: actor.id, name: actor.name, kind: actor.kind, score })) ?? [];
    const hint = candidates.length > 0 ? `; did you mean ${candidates.slice(0, 3).map((c) => c.name).join(', ')}?` : '';
    throw apiError(ErrorCode.ACTOR_NOT_FOUND, `no actor is named or matches "${text}"${hint}`, { argument, text, candidates });
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
