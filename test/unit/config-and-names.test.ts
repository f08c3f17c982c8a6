import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { nameKeys, normalizeName } from '../../src/graph/names.js';
import { splitParagraphs } from '../../src/ingest/documents.js';

describe('configuration', () => {
  it('has a default for every knob', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 4000, GRAPH_ENGINE: 'embedded', GRAPH_DIR: './data', SEED_ON_START: true });
  });

  it('names each invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', GRAPH_ENGINE: 'oracle' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', GRAPH_ENGINE: 'oracle' })).toThrow(/PORT:[\s\S]*GRAPH_ENGINE:/);
  });
});

describe('name normal form', () => {
  it('folds width, case, spaces and light punctuation', () => {
    expect(normalizeName('ＢＵＡＡ')).toBe('buaa');
    expect(normalizeName(' Beihang  University ')).toBe('beihanguniversity');
    expect(normalizeName('中关村·航空科技园')).toBe('中关村航空科技园');
  });

  it('gives each actor its distinct keys', () => {
    expect(nameKeys({ name: '北京航空航天大学', nameEn: 'Beihang University', aliases: ['北航', 'BUAA', 'buaa'] })).toEqual([
      '北京航空航天大学',
      'beihanguniversity',
      '北航',
      'buaa',
    ]);
  });
});

describe('paragraph numbering', () => {
  it('numbers non-empty lines from 1', () => {
    expect(splitParagraphs('标题\n\n第一段 \n第二段\r\n\n')).toEqual(['标题', '第一段', '第二段']);
  });
});
