// Names a planner types (issue #13): suggestions for names that find nothing, on their own and
// on ACTOR_NOT_FOUND errors; search's listing mode; basis and qualifiers as the API shows them.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { readSeed } from '../../src/ingest/seed-files.js';
import { graphApi } from '../helpers/graphql.js';

const SEED = resolve('seed');
const seed = readSeed(SEED);
const api = graphApi({ actors: seed.actors, relations: seed.relations }, seed.findings, DocumentLibrary.fromDirectory(resolve(SEED, 'sources')));

interface Suggestion {
  actor: { id: string };
  matched: string;
  match: string;
  score: number;
}

async function suggest(text: string, first = 5): Promise<Suggestion[]> {
  const { data, errors } = await api().run<{ suggest: Suggestion[] }>('query($t: String!, $f: Int) { suggest(text: $t, first: $f) { actor { id } matched match score } }', { t: text, f: first });
  expect(errors).toBeUndefined();
  return data?.suggest ?? [];
}

describe('names a planner types', () => {
  it.each([
    ['中科院', 'cas-beijing-branch', 'CONTAINS'],
    ['Tsinghau', 'tsinghua', 'SPELLING'],
    ['请华大学', 'tsinghua', 'PINYIN'],
    ['beihang univ', 'buaa', 'CONTAINS'],
  ])('suggests for "%s" first %s (%s)', async (text, id, match) => {
    const [top] = await suggest(text);
    expect([top?.actor.id, top?.match]).toEqual([id, match]);
  });

  it('offers the CAS branch among the candidates for "CAS", ranked by score', async () => {
    const found = await suggest('CAS', 10);
    expect(found.map((s) => s.actor.id)).toContain('cas-beijing-branch');
    expect(found.map((s) => s.score)).toEqual([...found.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('suggests nothing for words unlike any name, and refuses empty text', async () => {
    expect(await suggest('zzzzqqqq')).toEqual([]);
    const { errors } = await api().run('{ suggest(text: "  ") { matched } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers actor(name:) for an unknown name with null, and a known alias with its actor', async () => {
    const { data } = await api().run<{ a: null; b: { id: string } }>('{ a: actor(name: "Tsinghau") { id } b: actor(name: "Tsinghua") { id } }');
    expect(data).toEqual({ a: null, b: { id: 'tsinghua' } });
  });

  it('errors on an unknown connections `from` with ranked candidates', async () => {
    const { errors } = await api().run('{ connections(from: "请华大学", to: { kinds: [ENTERPRISE] }) { length } }');
    expect(errors?.[0]?.extensions?.code).toBe('ACTOR_NOT_FOUND');
    const candidates = errors?.[0]?.extensions?.candidates as { id: string; score: number }[];
    expect(candidates[0]?.id).toBe('tsinghua');
    expect(errors?.[0]?.message).toContain('清华大学');
  });
});

describe('search: listing by kinds', () => {
  it('lists every actor of the kinds in id order, page by page', async () => {
    const page = async (after?: string) => {
      const { data, errors } = await api().run<{ search: { id: string; kind: string }[] }>('query($a: ID) { search(text: "", kinds: [UNIVERSITY], first: 3, after: $a) { id kind } }', { a: after });
      expect(errors).toBeUndefined();
      return data?.search ?? [];
    };
    const first = await page();
    const second = await page(first[first.length - 1]?.id);
    const all = [...first, ...second];
    const universities = seed.actors.filter((a) => a.kind === 'UNIVERSITY').map((a) => a.id).sort();
    expect(all.map((a) => a.id)).toEqual(universities.slice(0, 6));
    expect(new Set(all.map((a) => a.kind))).toEqual(new Set(['UNIVERSITY']));
  });

  it('keeps empty text without kinds an error', async () => {
    const { errors } = await api().run('{ search(text: "") { id } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('stated or inferred, exact or approximate, in the API', () => {
  it('shows a relation’s basis and reasoning', async () => {
    const { data } = await api().run<{ actor: { relations: { id: string; basis: string; reasoning: string | null }[] } }>(
      '{ actor(id: "social-capital") { relations(types: [CO_FOUNDED]) { id basis reasoning } } }',
    );
    const inferred = data?.actor.relations.find((r) => r.id === 'social-capital-co-founded-shuimu-qicheng');
    expect(inferred?.basis).toBe('INFERRED');
    expect(inferred?.reasoning).toContain('§12');
    const { data: stated } = await api().run<{ actor: { relations: { basis: string; reasoning: string | null }[] } }>(
      '{ actor(id: "tsinghua") { relations(types: [CO_FOUNDED]) { basis reasoning } } }',
    );
    expect(new Set(stated?.actor.relations.map((r) => `${r.basis}/${r.reasoning}`))).toEqual(new Set(['STATED/null']));
  });

  it('gives each edge of a neighbourhood its basis, so a drawing can tell inferred from stated', async () => {
    const { data } = await api().run<{ neighborhood: { edges: { key: string; attributes: { basis: string } }[] } }>(
      '{ neighborhood(id: "social-capital") { edges { key attributes { basis } } } }',
    );
    const basis = new Map(data?.neighborhood.edges.map((e) => [e.key, e.attributes.basis]));
    expect(basis.get('social-capital-co-founded-shuimu-qicheng')).toBe('INFERRED');
    expect([...basis.values()]).toContain('STATED');
  });

  it('shows a metric’s qualifier: 60多亿 is MORE_THAN 6e9', async () => {
    const { data } = await api().run<{ actor: { metrics: { name: string; value: number; qualifier: string }[] } }>(
      '{ actor(name: "引导基金母基金") { metrics { name value qualifier } } }',
    );
    expect(data?.actor.metrics.find((m) => m.name === 'leveragedSocialInvestment')).toEqual({ name: 'leveragedSocialInvestment', value: 6e9, qualifier: 'MORE_THAN' });
    expect(data?.actor.metrics.find((m) => m.name === 'governmentContribution')?.qualifier).toBe('EXACT');
  });
});
