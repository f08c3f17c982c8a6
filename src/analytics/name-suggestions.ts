// Candidates for a name a planner typed that names no actor: "中科院", "CAS", "Tsinghau",
// "请华大学". Every name an actor answers to (canonical, English, aliases) is compared with the
// text three ways, best first: one contains the other (中科院 ⊂ 中科院北京分院), the same sound
// (pinyin, so the homophone typo 请华 finds 清华), and spelling (Levenshtein edit distance, so
// Tsinghau finds Tsinghua). The score is a similarity in [0, 1]; candidates below MIN_SCORE are
// not offered.
import { distance } from 'fastest-levenshtein';
import { pinyin } from 'pinyin-pro';
import type { ActorRecord } from '../graph/model.js';
import { normalizeName } from '../graph/names.js';
import type { ActorNames } from '../graph/store.js';

export type SuggestionMatch = 'CONTAINS' | 'PINYIN' | 'SPELLING';

/** A candidate of the index: the actor's id, and how its best name matched. */
export interface NameMatch {
  id: string;
  /** The name or alias that matched, as the actor carries it. */
  matched: string;
  match: SuggestionMatch;
  score: number;
}

/** A candidate with its actor's record, as the API returns it. */
export interface NameSuggestion extends Omit<NameMatch, 'id'> {
  actor: ActorRecord;
}

export const MIN_SCORE = 0.5;
const HAN = /\p{Script=Han}/u;

/** Toneless pinyin of the Chinese characters, other characters kept: 请华大学 → qinghuadaxue. */
export function toPinyin(text: string): string {
  return HAN.test(text) ? normalizeName(pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')) : text;
}

interface Key {
  shown: string;
  plain: string;
  sound: string;
}

/** 1 − edit distance / the longer length. */
const similarity = (a: string, b: string) => (a.length === 0 || b.length === 0 ? 0 : 1 - distance(a, b) / Math.max(a.length, b.length));

/**
 * The names of every actor with their plain and pinyin keys. Keys are kept by name, so an index
 * built from the previous one (`previous`) converts to pinyin only the names new since.
 */
export class NameIndex {
  private readonly entries: { id: string; keys: Key[] }[] = [];
  private readonly keyOf = new Map<string, Key>();

  static async build(names: AsyncIterable<ActorNames> | Iterable<ActorNames>, previous?: NameIndex): Promise<NameIndex> {
    const index = new NameIndex();
    for await (const actor of names) index.add(actor, previous);
    return index;
  }

  private add({ id, names }: ActorNames, previous?: NameIndex): void {
    const keys: Key[] = [];
    for (const shown of names) {
      let key = this.keyOf.get(shown) ?? previous?.keyOf.get(shown);
      if (!key) {
        const plain = normalizeName(shown);
        key = { shown, plain, sound: toPinyin(plain) };
      }
      this.keyOf.set(shown, key);
      if (key.plain.length > 0) keys.push(key);
    }
    this.entries.push({ id, keys });
  }

  /** Ranked candidates: higher score first, then the shorter matched name, then id. */
  suggest(text: string, first: number): NameMatch[] {
    const plain = normalizeName(text);
    if (plain.length === 0) return [];
    const sound = toPinyin(plain);
    return this.entries
      .flatMap(({ id, keys }) => {
        const best = keys.map((key) => score(plain, sound, key)).sort((a, b) => b.score - a.score)[0];
        return best && best.score >= MIN_SCORE ? [{ id, ...best }] : [];
      })
      .sort((a, b) => b.score - a.score || a.matched.length - b.matched.length || a.id.localeCompare(b.id))
      .slice(0, first);
  }
}

function score(plain: string, sound: string, key: Key): { matched: string; match: SuggestionMatch; score: number } {
  const options: { match: SuggestionMatch; score: number }[] = [
    { match: 'SPELLING', score: similarity(plain, key.plain) },
    { match: 'PINYIN', score: HAN.test(plain) || HAN.test(key.plain) ? similarity(sound, key.sound) * 0.95 : 0 },
  ];
  // Containment: a short text inside a long name is likely meant (中科院 in 中科院北京分院), a
  // little less so the longer the name is; a single character is too weak a hint.
  const [shorter, longer] = plain.length <= key.plain.length ? [plain, key.plain] : [key.plain, plain];
  if (shorter.length >= 2 && longer.includes(shorter)) options.push({ match: 'CONTAINS', score: 0.7 + 0.3 * (shorter.length / longer.length) });
  const best = options.sort((a, b) => b.score - a.score)[0] as { match: SuggestionMatch; score: number };
  return { matched: key.shown, ...best };
}
