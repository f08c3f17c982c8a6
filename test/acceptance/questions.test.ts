// The analysts' questions of questions.yaml, asked of the GraphQL API over the seeded graph on
// every engine (embedded always; Neo4j too when NEO4J_URI is set). Each answer was derived from
// the report by hand; run-question.ts says how the expectations are read.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { readSeed } from '../../src/ingest/seed-files.js';
import { engines } from '../conformance/engines.js';
import { executor, type Executor } from '../helpers/graphql.js';
import { check, type Question } from './run-question.js';

const SEED = resolve('seed');
const questions = parse(readFileSync(join(import.meta.dirname, 'questions.yaml'), 'utf8')) as Question[];

describe('the analyst questions file', () => {
  it('holds at least 40 distinct questions, each with a source and expectations', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(questions.filter((q) => !q.source || (q.expect.length === 0 && !q.error)).map((q) => q.id)).toEqual([]);
  });
});

describe.each(engines)('analyst questions on $name', (engine) => {
  let api: Executor | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const seed = readSeed(SEED);
    const created = await engine.create();
    dispose = created.dispose;
    await created.store.upsert({ actors: seed.actors, relations: seed.relations });
    api = await executor(created.store, seed.findings, DocumentLibrary.fromDirectory(join(SEED, 'sources')));
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await dispose?.();
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s', async (_id, q) => {
    const { data, errors } = await (api as Executor).run(q.query);
    if (q.error) {
      expect(errors?.[0]?.extensions?.code, q.question).toBe(q.error.code);
      const candidates = (errors?.[0]?.extensions?.candidates as { id: string }[] | undefined)?.map((c) => c.id) ?? [];
      for (const id of q.error.candidates ?? []) expect(candidates, q.question).toContain(id);
      return;
    }
    expect(errors, q.question).toBeUndefined();
    expect(check(data, q.expect), `${q.question} (${q.source})`).toEqual([]);
  });
});
