// The Chinese of the seed's editorial notes (actors' and relations' descriptions, inferred
// relations' reasoning), written in English in seed/graph/ and translated in
// SEED_DIR/translations/zh.yaml by id. Served by the English text it translates, as a
// translation memory: a note changed since (by a mutation, an import) has no Chinese until
// someone writes one, instead of a stale one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readSeed } from '../ingest/seed-files.js';

const text = z.string().min(1);

/** The file's shape: actor id → its description; relation id → its description and reasoning. */
export const zhTranslationsSchema = z.strictObject({
  actors: z.record(z.string(), text).default({}),
  relations: z.record(z.string(), z.strictObject({ description: text.optional(), reasoning: text.optional() })).default({}),
});
export type ZhTranslations = z.infer<typeof zhTranslationsSchema>;

export const translationsFile = (seedDir: string): string => join(seedDir, 'translations', 'zh.yaml');

export function readZhTranslations(seedDir: string): ZhTranslations {
  const file = translationsFile(seedDir);
  return zhTranslationsSchema.parse(existsSync(file) ? parse(readFileSync(file, 'utf8')) : {});
}

export class Translations {
  private constructor(private readonly zhByEnglish: ReadonlyMap<string, string>) {}

  static readonly none = new Translations(new Map());

  /** The seed's English notes paired with their Chinese; none when the seed directory has no graph. */
  static fromSeed(seedDir: string): Translations {
    if (!existsSync(join(seedDir, 'graph'))) return Translations.none;
    const { actors, relations } = readSeed(seedDir);
    const zh = readZhTranslations(seedDir);
    const pairs = new Map<string, string>();
    const pair = (english: string | null | undefined, chinese: string | undefined) => {
      if (english && chinese) pairs.set(english, chinese);
    };
    for (const actor of actors) pair(actor.description, zh.actors[actor.id]);
    for (const relation of relations) {
      pair(relation.description, zh.relations[relation.id]?.description);
      pair(relation.reasoning, zh.relations[relation.id]?.reasoning);
    }
    return new Translations(pairs);
  }

  /** The Chinese of an editorial note, when one was written for exactly this English text. */
  zh(english: string | null | undefined): string | null {
    return english ? (this.zhByEnglish.get(english) ?? null) : null;
  }
}
