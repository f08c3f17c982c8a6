// The editor's notes in Chinese over HTTP: every seed actor's and relation's description and every
// inferred relation's reasoning has its Chinese (seed/translations/zh.yaml), served beside the English;
// a translation names an existing note; a note the seed does not hold has no Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/ingest/seed-files.js';
import { readZhTranslations, Translations } from '../../src/api/translations.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const SEED_DIR = 'seed';
/** The API allows 20 aliases per request. */
const ALIASES = 20;
const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / ALIASES) }, (_, i) => items.slice(i * ALIASES, (i + 1) * ALIASES));
const HAN = /\p{Script=Han}/u;

describe('editorial notes in Chinese', () => {
  const seed = readSeed(SEED_DIR);
  const zh = readZhTranslations(SEED_DIR);
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api.stop());

  it('serves every seed actor\'s description in Chinese beside the English', async () => {
    const described = seed.actors.filter((a) => a.description);
    expect(described.length).toBe(95);
    const served: { id: string; description: string; descriptionZh: string | null }[] = [];
    for (const chunk of chunks(described)) {
      const query = `{ ${chunk.map((a, i) => `a${i}: actor(id: "${a.id}") { id description descriptionZh }`).join(' ')} }`;
      const { body } = await api.gql<Record<string, (typeof served)[number]>>(query);
      expect(body.errors).toBeUndefined();
      served.push(...Object.values(body.data!));
    }
    expect(served.length).toBe(described.length);
    for (const actor of served) {
      expect(actor.descriptionZh, actor.id).toMatch(HAN);
      expect(actor.description).not.toBe(actor.descriptionZh);
    }
    expect(served[0]).toMatchObject({ id: 'haidian-government', descriptionZh: expect.stringContaining('海淀区政府') });
  });

  it('serves every inferred relation\'s reasoning in Chinese beside the English', async () => {
    const inferred = seed.relations.filter((r) => r.reasoning);
    expect(inferred.length).toBe(17);
    type Served = { id: string; basis: string; reasoning: string | null; reasoningZh: string | null };
    const served = new Map<string, Served>();
    for (const chunk of chunks(inferred)) {
      const query = `{ ${chunk.map((r, i) => `r${i}: actor(id: "${r.from}") { relations(direction: OUT) { id basis reasoning reasoningZh } }`).join(' ')} }`;
      const { body } = await api.gql<Record<string, { relations: Served[] }>>(query);
      expect(body.errors).toBeUndefined();
      for (const actor of Object.values(body.data!)) for (const r of actor.relations) served.set(r.id, r);
    }
    for (const relation of inferred) {
      const got = served.get(relation.id)!;
      expect(got.basis).toBe('INFERRED');
      expect(got.reasoning).toBe(relation.reasoning);
      expect(got.reasoningZh, relation.id).toMatch(HAN);
    }
    // A stated relation has neither.
    const stated = [...served.values()].find((r) => r.basis === 'STATED');
    expect(stated?.reasoningZh ?? null).toBeNull();
  });

  it('serves every relation\'s description in Chinese beside the English', async () => {
    const described = seed.relations.filter((r) => r.description);
    expect(described.length).toBe(69);
    // Written for each relation, not only reached through another's identical English.
    expect(described.filter((r) => !zh.relations[r.id]?.description).map((r) => r.id)).toEqual([]);
    type Served = { id: string; description: string | null; descriptionZh: string | null };
    const served = new Map<string, Served>();
    const sources = [...new Set(described.map((r) => r.from))];
    for (const chunk of chunks(sources)) {
      const query = `{ ${chunk.map((id, i) => `a${i}: actor(id: "${id}") { relations(direction: OUT) { id description descriptionZh } }`).join(' ')} }`;
      const { body } = await api.gql<Record<string, { relations: Served[] }>>(query);
      expect(body.errors).toBeUndefined();
      for (const actor of Object.values(body.data!)) for (const r of actor.relations) served.set(r.id, r);
    }
    const missing = described.filter((r) => !HAN.test(served.get(r.id)?.descriptionZh ?? '')).map((r) => r.id);
    expect(missing).toEqual([]);
    for (const relation of described) {
      const got = served.get(relation.id)!;
      expect(got.description).toBe(relation.description);
      expect(got.descriptionZh, relation.id).not.toBe(got.description);
    }
    expect(served.get('pku-transfers-results-to-science-park')?.descriptionZh).toContain('2600平米');
  });

  it('gives one English note one Chinese, wherever it stands', () => {
    // Served by the English text: two translations of the same note would leave one unserved.
    const zhOf = new Map<string, Set<string>>();
    const note = (english: string | null | undefined, chinese: string | undefined) => {
      if (english && chinese) zhOf.set(english, (zhOf.get(english) ?? new Set()).add(chinese));
    };
    for (const actor of seed.actors) note(actor.description, zh.actors[actor.id]);
    for (const relation of seed.relations) {
      note(relation.description, zh.relations[relation.id]?.description);
      note(relation.reasoning, zh.relations[relation.id]?.reasoning);
    }
    const ambiguous = [...zhOf].filter(([, chinese]) => chinese.size > 1).map(([english]) => english);
    expect(ambiguous).toEqual([]);
  });

  it('translates only notes the seed holds, and nothing for a note it does not', () => {
    const actorIds = new Set(seed.actors.filter((a) => a.description).map((a) => a.id));
    for (const id of Object.keys(zh.actors)) expect(actorIds, id).toContain(id);
    const relations = new Map(seed.relations.map((r) => [r.id, r]));
    for (const [id, notes] of Object.entries(zh.relations)) {
      expect(relations.has(id), id).toBe(true);
      if (notes.reasoning) expect(relations.get(id)!.reasoning, id).toBeTruthy();
      if (notes.description) expect(relations.get(id)!.description, id).toBeTruthy();
    }
    const translations = Translations.fromSeed(SEED_DIR);
    expect(translations.zh(seed.actors.find((a) => a.id === 'haidian-government')!.description)).toMatch(/^海淀区政府/);
    // An English note changed since (a mutation, an import) is not served a stale Chinese.
    expect(translations.zh('The district government, as edited later.')).toBeNull();
  });
});
