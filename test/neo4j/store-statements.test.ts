// What the Neo4j engine sends for each read, observed at the driver (nothing is executed): the
// statement of cypher.ts meant for the call, and parameters of the names and types Neo4j needs
// (LIMIT takes an integer, never a float), linted with exactly the parameters sent.
import neo4j, { isInt } from 'neo4j-driver';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as q from '../../src/graph/cypher.js';
import { Neo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { lintCypher } from '../helpers/cypher-lint.js';
import { TranslationCaptured } from '../helpers/recording-driver.js';

interface Sent {
  text: string;
  params: Record<string, unknown>;
  config: { database?: string; defaultAccessMode?: string };
}

let store: Neo4jStore;
let sent: Sent[];

beforeEach(() => {
  store = new Neo4jStore({ uri: 'neo4j://cluster.example:7687', user: 'neo4j', password: 'x', database: 'haidian' });
  sent = [];
  // Observe the one entry point reads use, a session's run; the driver never opens a connection.
  Object.assign(store.driver, {
    session: (config: Sent['config']) => ({
      run: async (text: string, params: Record<string, unknown>) => {
        sent.push({ text, params, config });
        throw new TranslationCaptured();
      },
      close: async () => undefined,
    }),
  });
});
afterEach(async () => store.close());

async function send(read: () => Promise<unknown>): Promise<Sent[]> {
  await expect(read()).rejects.toThrow(TranslationCaptured);
  for (const s of sent) {
    expect(s.config).toMatchObject({ database: 'haidian', defaultAccessMode: neo4j.session.READ });
    expect(lintCypher(s.text, s.params)).toEqual([]);
  }
  return sent;
}

describe('reads of the Neo4j engine', () => {
  it('search: normalized text, prefix, an integer limit, kinds only when given', async () => {
    const [plain] = await send(() => store.search(' ＢＵＡＡ ', { first: 5 }));
    expect(plain?.text).toBe(q.SEARCH.text);
    expect(plain?.params).toMatchObject({ text: 'buaa', prefix: '\nbuaa' });
    expect(isInt(plain?.params.first) && plain?.params.first.toNumber()).toBe(5);

    sent = [];
    const [kinds] = await send(() => store.search('北航', { first: 3, kinds: ['FUND'] }));
    expect(kinds?.text).toBe(q.SEARCH_KINDS.text);
    expect(kinds?.params.kinds).toEqual(['FUND']);
  });

  it('actorByName looks up the normalized key', async () => {
    const [byName] = await send(() => store.actorByName('Beihang  University'));
    expect(byName).toMatchObject({ text: q.ACTOR_BY_NAME_KEY.text, params: { key: 'beihanguniversity' } });
  });

  it('relationsOf picks the variant of its filter', async () => {
    const both = await send(() => store.relationsOf(['buaa'], {}));
    expect(both.map((s) => s.text).sort()).toEqual([q.relationsOf('OUT', false, false, true).text, q.relationsOf('IN', false, false, true).text].sort());
    sent = [];
    const [out] = await send(() => store.relationsOf(['buaa', 'thu'], { direction: 'OUT', types: ['INVESTS_IN'], statuses: ['PLANNED'] }));
    expect(out?.text).toBe(q.relationsOf('OUT', true, true, false).text);
    expect(out?.params).toEqual({ ids: ['buaa', 'thu'], types: ['INVESTS_IN'], statuses: ['PLANNED'] });
  });

  it('counts in one statement, and readAll sends its two side by side', async () => {
    expect((await send(() => store.counts())).map((s) => s.text)).toEqual([q.COUNT_ALL.text]);
    sent = [];
    expect((await send(() => store.readAll())).map((s) => s.text)).toEqual([q.ALL_ACTORS.text, q.ALL_RELATIONS.text]);
  });

  it('answers empty questions without asking the database', async () => {
    expect(await store.actorsByIds([])).toEqual([]);
    expect(await store.actorByName('  ')).toBeNull();
    expect(await store.search('北航', { first: 0 })).toEqual([]);
    expect(await store.relationsOf([], {})).toEqual(new Map());
    expect(sent).toEqual([]);
  });
});
