// The importer's zod-free checks must never accept what zod refuses, nor return other values
// than zod for what both accept: every row, valid or broken in one field, is put to both.
import { describe, expect, it } from 'vitest';
import { actorSchema, relationSchema } from '../../src/graph/model.js';
import { FastRows } from '../../src/ingest/import/fast-rows.js';

const cite = [{ document: 'doc', paragraph: 1, quote: 'words' }];
const metric = { name: 'amount', value: 12.5, unit: 'CNY', asOf: '2014-05', citations: cite };

const validActor = {
  id: 'zgc-fund-01', kind: 'FUND', name: '中关村基金', nameEn: 'ZGC Fund', aliases: ['基金'], district: '海淀区',
  inDistrict: true, description: 'a fund', metrics: [metric], citations: cite,
};
const validRelation = {
  id: 'rel-1', type: 'INVESTS_IN', status: 'PLANNED', from: 'zgc-fund-01', to: 'buaa', description: 'invests',
  metrics: [{ ...metric, qualifier: 'ABOUT' }], citations: cite,
};

/** One field changed (or removed, with undefined) per case. */
const actorCases: Record<string, unknown>[] = [
  {}, { nameEn: undefined, aliases: undefined, district: undefined, description: undefined, metrics: undefined },
  { nameEn: null, district: null }, { id: 'Not-A-Slug' }, { id: 'a--b' }, { kind: 'CLUB' }, { name: '' }, { nameEn: '' },
  { aliases: [''] }, { aliases: 'x' }, { inDistrict: 'true' }, { citations: [] }, { citations: undefined },
  { citations: [{ document: 'doc', paragraph: 0, quote: 'w' }] }, { citations: [{ document: 'doc', paragraph: 1.5, quote: 'w' }] },
  { citations: [{ document: 'doc', paragraph: 1, quote: 'w', page: 3 }] }, { metrics: [{ ...metric, value: Number.NaN }] },
  { metrics: [{ ...metric, asOf: '14' }] }, { metrics: [{ ...metric, asOf: null }] }, { metrics: [{ ...metric, qualifier: 'ROUGHLY' }] },
  { metrics: [{ ...metric, citations: [] }] }, { metrics: [{ ...metric, extra: 1 }] }, { metrics: {} }, { colour: 'red' },
];
const relationCases: Record<string, unknown>[] = [
  {}, { description: undefined, metrics: undefined }, { type: 'LIKES' }, { status: 'RUMOURED' }, { from: 'X' }, { to: '' },
  { basis: 'INFERRED' }, { basis: 'INFERRED', reasoning: 'because' }, { basis: 'GUESSED' }, { reasoning: '' },
  { citations: 'doc' }, { metrics: [{ ...metric, unit: '' }] }, { weight: 2 },
];

const withChange = (base: Record<string, unknown>, change: Record<string, unknown>) => {
  const value: Record<string, unknown> = { ...base, ...change };
  for (const [key, v] of Object.entries(change)) if (v === undefined) delete value[key];
  return value;
};

describe('the importer’s checks without zod', () => {
  it.each(actorCases)('agree with actorSchema: %o', (change) => {
    const value = withChange(validActor, change);
    const zod = actorSchema.safeParse(value);
    const fast = new FastRows().actor(value);
    if (!zod.success) expect(fast).toBeNull();
    else expect(fast).toEqual(zod.data);
  });

  it.each(relationCases)('agree with relationSchema: %o', (change) => {
    const value = withChange(validRelation, change);
    const zod = relationSchema.safeParse(value);
    const fast = new FastRows().relation(value);
    if (!zod.success) expect(fast).toBeNull();
    else expect(fast).toEqual(zod.data);
  });

  it('accept the valid rows themselves, and a repeated citation list gives back the list checked once', () => {
    const rows = new FastRows();
    const first = rows.relation(validRelation);
    const second = rows.relation({ ...validRelation, id: 'rel-2' });
    expect(first).not.toBeNull();
    expect(rows.actor(validActor)).not.toBeNull();
    expect(second?.citations).toBe(first?.citations);
  });
});
