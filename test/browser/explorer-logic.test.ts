// The explorer's logic that needs no browser, run in Node: label placement never overlaps, line
// styles tell planned and inferred links apart, the GraphML writer's output reads back, every
// figure the seed names and every index indicator has a name in both languages, and the measure
// colours stay visible on white.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { INDEX_DEFINITIONS } from '../../src/analytics/indices/definitions.js';
import { writeGraphml } from '../../web/src/exports/graphml.js';
import { knownIndicatorNames } from '../../web/src/i18n/indicator-text.js';
import { knownMetricNames } from '../../web/src/i18n/metric-names.js';
import { edgeLabelBox, labelBox, labelForm, overlaps, placeLabels, type Box, type LabelCandidate } from '../../web/src/label-placement.js';
import { bestPlacement } from '../../web/src/label-search.js';
import { shortLabel } from '../../web/src/label-variants.js';
import { NO_VALUE_COLOR, SCALE_STOPS, scaleColor } from '../../web/src/colour-scale.js';
import { DASH_PATTERNS, lineStyle } from '../../web/src/vocabulary.js';

const BOUNDS: Box = { minX: 0, minY: 0, maxX: 800, maxY: 600 };

describe('label placement', () => {
  const candidate = fc.record({
    id: fc.uuid(),
    x: fc.integer({ min: 0, max: 800 }),
    y: fc.integer({ min: 0, max: 600 }),
    radius: fc.integer({ min: 3, max: 20 }),
    width: fc.integer({ min: 20, max: 200 }),
    height: fc.constant(17),
    // Smaller forms: the same text smaller, then shortened.
    fallbacks: fc.constant([
      { width: 15, height: 14 },
      { width: 10, height: 14 },
    ]),
    rank: fc.integer({ min: 1, max: 5 }),
  });

  it('never prints two labels over each other, nor a label over another actor, nor outside the view, in any form', () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 80 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (candidates, firstForm, search) => {
        const placed = search ? bestPlacement(candidates, candidates, BOUNDS, 5) : placeLabels(candidates, candidates, BOUNDS, 5, firstForm);
        const boxes = candidates.flatMap((c) => {
          const slot = placed.nodes.get(c.id);
          return slot ? [{ id: c.id, box: labelBox(labelForm(c, placed.variants.get(c.id) ?? 0), slot, 5) }] : [];
        });
        for (const [i, a] of boxes.entries()) {
          expect(a.box.minX >= 0 && a.box.maxX <= 800 && a.box.minY >= 0 && a.box.maxY <= 600).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
          for (const disc of candidates) {
            if (disc.id === a.id) continue;
            const discBox = { minX: disc.x - disc.radius, maxX: disc.x + disc.radius, minY: disc.y - disc.radius, maxY: disc.y + disc.radius };
            expect(overlaps(a.box, discBox)).toBe(false);
          }
        }
      }),
    );
  });

  it('prints a crowded label smaller or shortened rather than not at all, and a roomy one in full', () => {
    // Sixteen actors on a grid 45 px apart: sixteen 100 px labels cannot all print among them in full.
    const grid = Array.from({ length: 16 }, (_, i): LabelCandidate & { rank: number } => ({ id: `g${i}`, x: 300 + 45 * (i % 4), y: 300 + 45 * Math.floor(i / 4), radius: 8, width: 100, height: 17, fallbacks: [{ width: 20, height: 14 }], rank: 1 }));
    const alone: LabelCandidate & { rank: number } = { id: 'alone', x: 100, y: 100, radius: 8, width: 100, height: 17, fallbacks: [{ width: 20, height: 14 }], rank: 1 };
    const candidates = [...grid, alone];
    const fullOnly = candidates.map(({ fallbacks: _smaller, ...c }) => c);
    expect(placeLabels(fullOnly, fullOnly, BOUNDS, 5).nodes.size).toBeLessThan(17);
    const placed = bestPlacement(candidates, candidates, BOUNDS, 5);
    expect(placed.nodes.size).toBe(17);
    expect(placed.variants.get('alone')).toBeUndefined();
    expect([...placed.variants.values()].length).toBeGreaterThan(0);
  });

  it('shortens a name after a whole word, or to half as many Han characters, with an ellipsis', () => {
    expect(shortLabel('海淀区新技术新产品（服务）政府采购和应用推广联合工作组办公室', 18)).toBe('海淀区新技术新产…');
    expect(shortLabel('中关村科学城', 18)).toBe('中关村科学城');
    expect(shortLabel('Haidian District Government Office', 18)).toBe('Haidian District…');
  });

  it('serves the order given: the first label takes its first free side, a crowded one moves to another side', () => {
    const answer: LabelCandidate = { id: 'answer', x: 400, y: 300, radius: 8, width: 100, height: 17 };
    const neighbour: LabelCandidate = { id: 'neighbour', x: 460, y: 300, radius: 8, width: 100, height: 17 };
    const placed = placeLabels([answer, neighbour], [answer, neighbour], BOUNDS, 5);
    expect(placed.nodes.get('answer')).toBe('left');
    expect(placed.nodes.get('neighbour')).toBe('right');
  });

  it('keeps an edge label off the labels placed before it, and leaves it out when the edge is too short', () => {
    const a = { id: 'a', x: 100, y: 100, radius: 8 };
    const b = { id: 'b', x: 400, y: 100, radius: 8 };
    const box = edgeLabelBox(a, b, 60, 16)!;
    expect(box.minX).toBeCloseTo(220);
    expect(box.maxX).toBeCloseTo(280);
    expect(edgeLabelBox(a, { ...b, x: 150 }, 60, 16)).toBeNull();
    const over: LabelCandidate = { id: 'c', x: 250, y: 130, radius: 5, width: 40, height: 17 };
    const placed = placeLabels([over, { edge: 'e', box }], [a, b, over], BOUNDS, 5);
    expect(placed.nodes.has('c')).toBe(true);
    expect(placed.edges.has('e')).toBe(!overlaps(labelBox(over, placed.nodes.get('c')!, 5), box));
  });
});

describe('line styles', () => {
  it('draws stated-and-established solid, planned dashed, inferred dotted, each visibly different', () => {
    expect(lineStyle('ESTABLISHED', 'STATED')).toBe('solid');
    expect(lineStyle('PLANNED', 'STATED')).toBe('dashed');
    expect(lineStyle('INTENT', 'STATED')).toBe('dashed');
    expect(lineStyle('ESTABLISHED', 'INFERRED')).toBe('dotted');
    expect(lineStyle('PLANNED', 'INFERRED')).toBe('sparse-dotted');
    const patterns = Object.values(DASH_PATTERNS).map((p) => p.join('/'));
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});

describe('GraphML export', () => {
  it('writes typed attributes that graphology-graphml reads back, escaping XML', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a&b', { name: '北航 <BUAA> "x"', inDistrict: true, size: 7.5 });
    graph.addNode('c', { name: "c'd", inDistrict: false, size: 3 });
    graph.addDirectedEdgeWithKey('r1', 'a&b', 'c', { type: 'CO_FOUNDED', status: 'PLANNED', figures: '[{"name":"x","value":1}]' });
    const read = parseGraphml(MultiDirectedGraph, writeGraphml(graph));
    expect(read.nodes()).toEqual(['a&b', 'c']);
    expect(read.getNodeAttributes('a&b')).toEqual({ name: '北航 <BUAA> "x"', inDistrict: true, size: 7.5 });
    expect(read.getNodeAttribute('c', 'name')).toBe("c'd");
    expect(read.getEdgeAttributes(read.edges()[0]!)).toMatchObject({ type: 'CO_FOUNDED', status: 'PLANNED', figures: '[{"name":"x","value":1}]' });
  });
});

describe('names of what the API returns', () => {
  it('names every figure of the seed in both languages', () => {
    const directory = join('seed', 'graph');
    const names = new Set<string>();
    for (const file of readdirSync(directory).filter((f) => f.endsWith('.yaml'))) {
      const content = parseYaml(readFileSync(join(directory, file), 'utf8')) as { actors?: { metrics?: { name: string }[] }[]; relations?: { metrics?: { name: string }[] }[] };
      for (const item of [...(content.actors ?? []), ...(content.relations ?? [])]) for (const metric of item.metrics ?? []) names.add(metric.name);
    }
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter((name) => !knownMetricNames().includes(name))).toEqual([]);
  });

  it('names every index indicator in both languages', () => {
    const indicators = INDEX_DEFINITIONS.flatMap((index) => index.indicators.map((i) => i.name));
    expect(indicators.filter((name) => !knownIndicatorNames().includes(name))).toEqual([]);
  });
});

describe('measure colours', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);

  it('keeps every colour of the scale, and the no-value grey, at 2.5:1 or more on white', () => {
    for (const share of [0, 0.1, 0.25, 0.5, 0.75, 1]) expect(contrast(scaleColor(share))).toBeGreaterThanOrEqual(2.5);
    for (const stop of SCALE_STOPS) expect(contrast(stop)).toBeGreaterThanOrEqual(3);
    expect(contrast(NO_VALUE_COLOR)).toBeGreaterThanOrEqual(2.5);
  });
});
