/// <reference lib="dom" />
// Answers as a planner reads them in Chromium: the example questions of the landing view, the
// path finder between two chosen actors, labels that never print over one another, the view
// moving onto the answer, errors in the page's language with clickable candidates, the hint
// for 北航's empty answer, the gaps' severity, measures, groups, hover cards.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, skipBrowserTests } from './chromium.js';
import { api, type DrawnLabel, drawnLabels, explorerSession, graphOf, hoverEdgeBetween, overlap, pixelCounts, screenPositions, settle } from './explorer-page.js';

interface EdgeBox {
  edge: string;
  box: DrawnLabel['box'];
}

/** Where the printed edge labels sit: centred between their actors' discs, turned along the edge. */
function edgeLabelBoxes(page: Page): Promise<EdgeBox[]> {
  return page.evaluate(() => {
    const { explorer } = window as unknown as {
      explorer: {
        state: { graph: import('graphology').default };
        renderer: {
          getEdgeDisplayedLabels(): Set<string>;
          getNodeDisplayData(n: string): { x: number; y: number; size: number };
          getEdgeDisplayData(e: string): { label?: string };
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          scaleSize(s: number): number;
        };
      };
    };
    const { renderer, state } = explorer;
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '12px "Noto Sans CJK SC", sans-serif';
    return Array.from(renderer.getEdgeDisplayedLabels()).map((edge) => {
      const [source, target] = state.graph.extremities(edge) as [string, string];
      const end = (node: string) => {
        const data = renderer.getNodeDisplayData(node);
        return { ...renderer.framedGraphToViewport(data), r: renderer.scaleSize(data.size) };
      };
      const a = end(source);
      const b = end(target);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      const ux = (b.x - a.x) / length;
      const uy = (b.y - a.y) / length;
      const cx = (a.x + ux * a.r + b.x - ux * b.r) / 2;
      const cy = (a.y + uy * a.r + b.y - uy * b.r) / 2;
      const width = context.measureText(renderer.getEdgeDisplayData(edge).label ?? '').width;
      const height = 12;
      const ex = (Math.abs(ux) * width + Math.abs(uy) * height) / 2;
      const ey = (Math.abs(uy) * width + Math.abs(ux) * height) / 2;
      return { edge, box: { minX: cx - ex, maxX: cx + ex, minY: cy - ey, maxY: cy + ey } };
    });
  });
}

/** No two printed labels overlap: node labels by sigma's own boxes, edge labels by their geometry. */
async function expectNoOverlaps(page: Page): Promise<DrawnLabel[]> {
  const labels = await drawnLabels(page);
  const edges = await edgeLabelBoxes(page);
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
    for (const e of edges) expect(overlap(a.box, e.box), `${a.text} / edge ${e.edge}`).toBe(false);
  }
  return labels;
}

describe.skipIf(skipBrowserTests)('explorer answers in Chromium', { timeout: 120_000 }, () => {
  const session = explorerSession();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  const runExample = async (id: string) => {
    await page.click('#tab-start');
    await page.click(`[data-example="${id}"]`);
  };

  it('labels the landing view without any two labels overlapping', async () => {
    const labels = await expectNoOverlaps(page);
    expect(labels.length).toBeGreaterThan(20);
  });

  it('answers the Tsinghua example: paths drawn, every label of the answer printed, none overlapping, the view on the answer', async () => {
    await runExample('tsinghua-funds');
    const paths = page.locator('#connect-results li.path');
    await paths.first().waitFor();
    await settle(page);
    const expected = await api<{ connections: { nodes: { id: string; name: string }[]; relations: { id: string }[] }[] }>(
      session.url,
      '{ connections(from: "清华大学", via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}) { nodes { id name } relations { id } } }',
    );
    await expect(paths.count()).resolves.toBe(expected.connections.length);
    // Each path says why it answers, in the page's language (the API's explanation).
    await expect(paths.first().locator('.path-explanation').innerText()).resolves.toMatch(/清华大学共同设立水木启程基金.*符合条件：中间节点均为基金/);
    const answer = [...new Set(expected.connections.flatMap((c) => c.nodes.map((n) => n.id)))];
    const graph = await graphOf(page);
    expect(new Set(graph.marked)).toEqual(new Set(answer));

    const labels = await expectNoOverlaps(page);
    for (const node of answer) expect(labels.map((l) => l.node)).toContain(node);
    // The relations of the answer print their labels (type, and the figure they carry).
    const printedEdges = await page.evaluate(() => Array.from((window as unknown as { explorer: { renderer: { getEdgeDisplayedLabels(): Set<string> } } }).explorer.renderer.getEdgeDisplayedLabels()));
    for (const relation of expected.connections.flatMap((c) => c.relations)) expect(printedEdges).toContain(relation.id);
    expect(Object.values(graph.edgeLabels).some((label) => label.includes('投资') && label.includes('项目数 6'))).toBe(true);

    // The camera moved onto the answer: every actor of it in view, together spanning much of it.
    const box = (await page.locator('#graph').boundingBox())!;
    const at = Object.values(await screenPositions(page, answer));
    for (const p of at) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(box.height);
    }
    const spanX = Math.max(...at.map((p) => p.x)) - Math.min(...at.map((p) => p.x));
    const spanY = Math.max(...at.map((p) => p.y)) - Math.min(...at.map((p) => p.y));
    expect(Math.max(spanX / box.width, spanY / box.height)).toBeGreaterThan(0.35);
    await page.screenshot({ path: artifactPath('answers-1-tsinghua.png') });
  });

  it('finds the paths between two chosen actors and says how the short name 中科院 was read', async () => {
    await runExample('cas-government');
    await page.locator('#connect-results li.path').first().waitFor();
    await settle(page);
    const reading = await page.locator('#connect-results .reading').innerText();
    expect(reading).toContain('“中科院”按 中国科学院北京分院 理解');
    expect(reading).toContain('中科院北京分院');
    // Between two actors the example asks either way (direction ANY), as the form shows.
    await expect(page.locator('#connect-direction').inputValue()).resolves.toBe('ANY');
    const expected = await api<{ connections: { nodes: { id: string }[] }[] }>(
      session.url,
      '{ connections(from: "中科院", to: {ids: ["haidian-government"]}, direction: ANY) { nodes { id } } }',
    );
    expect(expected.connections.length).toBeGreaterThan(0);
    await expect(page.locator('#connect-results li.path').count()).resolves.toBe(expected.connections.length);
    const first = await page.locator('#connect-results li.path').first().innerText();
    expect(first).toContain('中国科学院北京分院');
    expect(first).toContain('海淀区人民政府');
    const labels = await expectNoOverlaps(page);
    for (const node of expected.connections[0]!.nodes) expect(labels.map((l) => l.node)).toContain(node.id);
    await page.screenshot({ path: artifactPath('answers-2-cas-government.png') });
  });

  it('follows only the relation types and the direction chosen in the path finder', async () => {
    // 清华 → district enterprises through funds, over investments and co-founding only.
    await page.click('#tab-connect');
    await page.fill('#connect-from', '清华大学');
    // Close the suggestions the typing opened (they would cover the form), keeping the text.
    await page.waitForSelector('#connect-from-options li[role="option"]');
    await page.keyboard.press('Escape');
    await page.check('#connect-target-kinds');
    await page.selectOption('#connect-to-kind', 'ENTERPRISE');
    await page.selectOption('#connect-district', 'in');
    await page.selectOption('#connect-direction', 'FLOW');
    for (const type of ['CO_FOUNDED', 'INVESTS_IN']) await page.check(`#connect-types input[value="${type}"]`);
    await page.click('#connect-run');
    await page.locator('#connect-results li.path').first().waitFor();
    const expected = await api<{ connections: { relations: { id: string; type: string }[] }[] }>(
      session.url,
      '{ connections(from: "清华大学", to: {kinds: [ENTERPRISE], inDistrict: true}, relationTypes: [CO_FOUNDED, INVESTS_IN], direction: FLOW) { relations { id type } } }',
    );
    expect(expected.connections.length).toBeGreaterThan(0);
    await expect(page.locator('#connect-results li.path').count()).resolves.toBe(expected.connections.length);
    const markedEdges = (await graphOf(page)).markedEdges;
    expect(new Set(markedEdges)).toEqual(new Set(expected.connections.flatMap((c) => c.relations.map((r) => r.id))));
    expect(new Set(expected.connections.flatMap((c) => c.relations.map((r) => r.type)))).toEqual(new Set(['CO_FOUNDED', 'INVESTS_IN']));
    // Against the flow (IN) nothing leads from a university to the enterprises it funds.
    await page.selectOption('#connect-direction', 'IN');
    await page.click('#connect-run');
    await page.locator('#connect-results p.note', { hasText: '没有找到路径。' }).waitFor();
    for (const type of ['CO_FOUNDED', 'INVESTS_IN']) await page.uncheck(`#connect-types input[value="${type}"]`);
    await page.selectOption('#connect-direction', 'FLOW');
  });

  it('explains 北航\'s empty answer: its funds exist but are only planned, drawn dashed', async () => {
    await runExample('beihang-funds');
    const hint = page.locator('#connect-results .hint-text').first();
    await hint.waitFor();
    await expect(page.locator('#connect-results').innerText()).resolves.toContain('没有找到路径。');
    const text = await hint.innerText();
    expect(text).toContain('北京航空航天大学 的 2 个基金');
    expect(text).toContain('北航合作创新引导基金');
    expect(text).toContain('筹建/筹划');
    const graph = await graphOf(page);
    expect(graph.marked).toEqual(expect.arrayContaining(['buaa']));
    const dashed = await page.evaluate((edges) => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return edges.map((e) => [graph.getEdgeAttribute(e, 'status'), graph.getEdgeAttribute(e, 'dashSize')]);
    }, graph.markedEdges);
    expect(dashed.length).toBe(2);
    for (const [status, dash] of dashed) {
      expect(status).toBe('PLANNED');
      expect(dash).toBeGreaterThan(0);
    }
    await settle(page);
    await page.screenshot({ path: artifactPath('answers-3-beihang-planned.png') });
  });

  it('shows an ambiguous name as an error in Chinese, clears the previous answer, and runs again from a clicked candidate', async () => {
    await page.click('#tab-connect');
    await page.fill('#connect-from', '北京');
    await page.click('#connect-run');
    const error = page.locator('#connect-error');
    await error.waitFor();
    await expect(error.getAttribute('data-code')).resolves.toBe('AMBIGUOUS_ACTOR');
    const text = await error.innerText();
    expect(text).toContain('“北京”对应多个主体');
    expect(text).not.toMatch(/matches several actors/);
    // The previous answer is gone from the panel and from the canvas.
    await expect(page.locator('#connect-results').innerText()).resolves.not.toContain('没有找到路径');
    expect((await graphOf(page)).marked).toEqual([]);
    await page.screenshot({ path: artifactPath('answers-4-ambiguous.png') });

    await page.click('#connect-error [data-candidate="buaa"]');
    await page.locator('#connect-results .hint-text').first().waitFor();
    await expect(page.locator('#connect-from').inputValue()).resolves.toBe('北京航空航天大学');
  });

  it('says in Chinese when no actor matches', async () => {
    await page.fill('#connect-from', '不存在的机构');
    await page.click('#connect-run');
    const error = page.locator('#connect-error');
    await error.waitFor();
    await expect(error.getAttribute('data-code')).resolves.toBe('ACTOR_NOT_FOUND');
    await expect(error.innerText()).resolves.toContain('没有名为或包含“不存在的机构”的主体');
  });

  it('paints the severity meter red near 1, the worst value, and green near 0', async () => {
    await runExample('benefit-sharing');
    const worst = page.locator('#gap-results li.gap').first();
    await worst.waitFor();
    expect(Number(await worst.getAttribute('data-severity'))).toBeGreaterThan(0.9);
    const colours = await pixelCounts(page, await worst.locator('meter').screenshot());
    expect(colours.red).toBeGreaterThan(50);
    expect(colours.green).toBe(0);
    // The API's own finding, in Chinese: 航天产业投资基金 places 3.2% of its amount in Haidian.
    await expect(worst.locator('.gap-title').innerText()).resolves.toMatch(/航天产业投资基金.*投在海淀的只占.*金额3\.2%/);
    await expect(worst.locator('.gap-explanation').innerText()).resolves.toContain('§34');
    await settle(page);
    await page.screenshot({ path: artifactPath('answers-5-gaps.png') });

    await page.selectOption('#gap-type', 'BROKERAGE');
    await page.click('#gap-show');
    const mild = page.locator('#gap-results li.gap[data-type="BROKERAGE"]').last();
    await mild.waitFor();
    expect(Number(await mild.getAttribute('data-severity'))).toBeLessThan(0.34);
    const calm = await pixelCounts(page, await mild.locator('meter').screenshot());
    expect(calm.green).toBeGreaterThan(5);
    expect(calm.red).toBe(0);
  });

  it('sizes and colours actors by brokerage for the brokers example, the district government largest', async () => {
    await runExample('brokers');
    await page.locator('#gap-results li.gap').first().waitFor();
    await page.locator('#measure-legend').waitFor();
    const measures = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.mapNodes((node, a) => ({ node, measure: a.measure as number | null, size: a.size as number, color: a.color as string }));
    });
    const top = measures.reduce((best, m) => ((m.measure ?? -1) > (best.measure ?? -1) ? m : best));
    expect(top.node).toBe('haidian-government');
    expect(top.size).toBe(Math.max(...measures.map((m) => m.size)));
    expect(new Set(measures.map((m) => m.color)).size).toBeGreaterThan(3);
    await settle(page);
    await page.screenshot({ path: artifactPath('answers-6-brokerage.png') });

    await page.selectOption('#measure', 'index:index-startup-service');
    // The legend's "top contributors" note appears once the index's scores arrived and were drawn
    // (the select shows the choice at once, before the fetch: waiting for it alone raced the drawing).
    await page.waitForFunction(() => document.querySelector('#measure-legend')?.textContent?.includes('贡献者') && document.querySelector('#measure option:checked')?.textContent?.includes('创业服务指数'));
    const contributors = await api<{ indices: { id: string; contributions: { actor: { id: string } }[] }[] }>(session.url, '{ indices { id contributions(first: 1) { actor { id } } } }');
    const best = contributors.indices.find((i) => i.id === 'index-startup-service')!.contributions[0]!.actor.id;
    const value = await page.evaluate((node) => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.hasNode(node) ? (graph.getNodeAttribute(node, 'measure') as number | null) : null;
    }, best);
    expect(value).toBeGreaterThan(0);

    // By relations in the view: the measure is the number of neighbours each actor has on the canvas.
    await page.selectOption('#measure', 'degree');
    const degrees = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.mapNodes((node, a) => ({ node, measure: a.measure as number | null, neighbours: graph.neighbors(node).length }));
    });
    expect(degrees.length).toBeGreaterThan(10);
    expect(degrees.filter((d) => d.measure !== d.neighbours)).toEqual([]);
    await page.selectOption('#measure', 'kind');
  });

  it('expands an actor by one relation type, and collapses and reopens a group of its neighbours', async () => {
    await page.click('#clear-graph');
    await page.waitForFunction(() => document.getElementById('graph-status')?.dataset.nodes === '0');
    // Only the government's CONTRIBUTES_TO relations: what the API's neighbourhood of that type holds.
    const byType = await api<{ neighborhood: { nodes: { key: string }[] } }>(
      session.url,
      '{ neighborhood(id: "haidian-government", relationTypes: [CONTRIBUTES_TO]) { nodes { key } } }',
    );
    await page.evaluate(async () => {
      const { explorer } = window as unknown as { explorer: { expand(r: { id: string; relationTypes: string[] }): Promise<void> } };
      await explorer.expand({ id: 'haidian-government', relationTypes: ['CONTRIBUTES_TO'] });
    });
    const graph = await graphOf(page);
    expect(new Set(graph.nodes)).toEqual(new Set(byType.neighborhood.nodes.map((n) => n.key)));
    const types = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.mapEdges((_e, a) => a.type as string);
    });
    expect(new Set(types)).toEqual(new Set(['CONTRIBUTES_TO']));

    // The same through the panel: choose a type in the select, press expand.
    await page.click('#tab-details');
    await page.evaluate(() => (window as unknown as { explorer: { select(id: string): void } }).explorer.select('haidian-government'));
    await page.waitForSelector('#actor-details[data-actor="haidian-government"] #expand-type');
    const chosen = await page.locator('#expand-type option').last().getAttribute('value');
    expect(chosen).not.toBe('CONTRIBUTES_TO');
    await page.selectOption('#expand-type', chosen!);
    await page.click('#expand-type-run');
    await page.waitForFunction((type) => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.someEdge((_e, a) => a.type === type);
    }, chosen);

    // Full expansion, then fold its funds into one node.
    await page.click('#expand-selected');
    await page.waitForSelector('#expand-selected:disabled');
    await page.waitForSelector('#collapse-groups button[data-kind="FUND"]');
    const funds = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.filterNeighbors('haidian-government', (_n, a) => a.kind === 'FUND' && !a.expanded);
    });
    await page.click('#collapse-groups button[data-kind="FUND"]');
    const folded = await graphOf(page);
    expect(folded.nodes).toContain('group:haidian-government:FUND');
    expect(folded.labels['group:haidian-government:FUND']).toBe(`基金 ×${funds.length}`);
    for (const fund of funds) expect(folded.hidden).toContain(fund);
    await settle(page);
    await page.screenshot({ path: artifactPath('answers-7-collapsed-funds.png') });

    await page.evaluate(() => (window as unknown as { explorer: { select(id: string): void } }).explorer.select('group:haidian-government:FUND'));
    await page.click('#open-group');
    const reopened = await graphOf(page);
    expect(reopened.nodes).not.toContain('group:haidian-government:FUND');
    for (const fund of funds) expect(reopened.hidden).not.toContain(fund);
  });

  it('shows a hover card for an actor and for a relation, with its type, status and figures', async () => {
    await runExample('tsinghua-funds');
    await page.locator('#connect-results li.path').first().waitFor();
    await settle(page);
    const box = (await page.locator('#graph').boundingBox())!;
    const at = await screenPositions(page, ['tsinghua', 'shuimu-qicheng-fund']);
    await page.mouse.move(box.x + at.tsinghua!.x, box.y + at.tsinghua!.y);
    const card = page.locator('#hover-card');
    await page.waitForFunction(() => document.getElementById('hover-card')?.textContent?.includes('清华大学'));
    await expect(card.innerText()).resolves.toContain('高校');
    await page.screenshot({ path: artifactPath('answers-8-hover-actor.png') });
    // The middle of the 清华 → 水木启程基金 relation.
    const middle = { x: (at.tsinghua!.x + at['shuimu-qicheng-fund']!.x) / 2, y: (at.tsinghua!.y + at['shuimu-qicheng-fund']!.y) / 2 };
    await page.mouse.move(box.x + middle.x + 20, box.y + middle.y + 20);
    await page.mouse.move(box.x + middle.x, box.y + middle.y);
    await page.waitForFunction(() => document.getElementById('hover-card')?.textContent?.includes('共建'));
    const text = await card.innerText();
    expect(text).toContain('清华大学');
    expect(text).toContain('水木启程基金');
    expect(text).toContain('已建立');
    await page.waitForFunction(() => document.querySelector('#hover-card q') !== null);
    await page.screenshot({ path: artifactPath('answers-9-hover-relation.png') });
  });

  it('labels every actor of the district government\'s neighbourhood at once, in a readable size, none overlapping', async () => {
    await page.click('#clear-graph');
    await page.fill('#search-input', '海淀区人民政府');
    await page.waitForSelector('#search-input-options li[role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#actor-details[data-actor="haidian-government"]');
    await settle(page);
    const graph = await graphOf(page);
    const drawn = await expectNoOverlaps(page);
    await page.screenshot({ path: artifactPath('answers-11-government-labels.png') });
    const labelled = new Set(drawn.map((l) => l.node));
    const unlabelled = graph.nodes.filter((n) => !labelled.has(n));
    // Before the smaller forms (Dec 2026) only 36 of 61 printed.
    expect(graph.nodes.length).toBeGreaterThan(55);
    expect(unlabelled.map((n) => graph.labels[n])).toEqual([]);
    for (const label of drawn) {
      // Each label reads as its actor's name (shortened names keep its beginning and end in …),
      // and its glyphs are at least 11 px tall.
      const name = graph.labels[label.node]!;
      expect(label.text === name || (label.text.endsWith('…') && name.startsWith(label.text.slice(0, -1))), `${label.text} for ${name}`).toBe(true);
      // 11 px at least; the box is computed in floating point (10.999999999999943 was seen).
      expect(label.box.maxY - label.box.minY, label.text).toBeGreaterThanOrEqual(11 - 1e-6);
    }
    // The full name of a shortened label is in its hover card.
    const short = drawn.find((l) => l.text.endsWith('…'));
    if (short) {
      const box = (await page.locator('#graph').boundingBox())!;
      const at = (await screenPositions(page, [short.node]))[short.node]!;
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await page.waitForFunction((name) => document.getElementById('hover-card')?.textContent?.includes(name), graph.labels[short.node]!);
      await page.mouse.move(box.x + 2, box.y + 2);
    }
  });

  it('tells an inferred relation from a stated one: dotted, named in the legend, its reasoning in the details and the hover card', async () => {
    const inferred = 'social-capital-co-founded-shuimu-qicheng';
    // Typing right after leaving the field (a click on 清空画布) still brings suggestions: the
    // closing that follows the blur must not cancel the new search (a bug these steps caught).
    await page.focus('#search-input');
    await page.click('#clear-graph');
    await page.fill('#search-input', '水木启程');
    await page.waitForSelector('#search-input-options li[role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#actor-details[data-actor="shuimu-qicheng-fund"]');
    await settle(page);
    const edges = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return Object.fromEntries(graph.mapEdges((e, a) => [e, { basis: a.basis as string, status: a.status as string, dash: [a.dashSize, a.gapSize] as number[] }]));
    });
    expect(edges[inferred]).toEqual({ basis: 'INFERRED', status: 'ESTABLISHED', dash: [2, 4] });
    const stated = Object.values(edges).find((e) => e.basis === 'STATED' && e.status === 'ESTABLISHED');
    expect(stated?.dash).toEqual([0, 0]);
    await expect(page.locator('#line-styles').innerText()).resolves.toContain('点线：推断');

    // The details panel tags it and says why it was concluded (§12, the editor's words).
    const row = page.locator(`#actor-relations li[data-relation="${inferred}"]`);
    await expect(row.getAttribute('data-basis')).resolves.toBe('INFERRED');
    await expect(row.locator('.status-tag.inferred').innerText()).resolves.toBe('推断');
    await expect(row.locator('.reasoning').innerText()).resolves.toMatch(/^推断依据.*§12/s);

    // Pointing at the edge shows the same in the hover card.
    await hoverEdgeBetween(page, 'social-capital', 'shuimu-qicheng-fund');
    const card = await page.locator('#hover-card').innerText();
    expect(card).toContain('推断');
    expect(card).toContain('§12');
    await page.screenshot({ path: artifactPath('answers-10-inferred.png') });

    // The basis filter hides inferred relations and shows them again.
    await page.uncheck('#filter-basis input[value="INFERRED"]');
    expect(await page.evaluate((edge) => (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state.graph.getEdgeAttribute(edge, 'filtered'), inferred)).toBe(true);
    await page.check('#filter-basis input[value="INFERRED"]');
  });

  it('lets the keyboard walk the canvas: arrows move between actors, Enter opens one', async () => {
    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    const first = await page.locator('#keyboard-status').innerText();
    expect(first).toMatch(/^当前：.+（.+），\d+ 条关系$/);
    await page.keyboard.press('ArrowLeft');
    const before = await page.evaluate(() => (window as unknown as { explorer: { selected: string | null } }).explorer.selected);
    await page.keyboard.press('Enter');
    const selected = await page.evaluate(() => (window as unknown as { explorer: { selected: string | null } }).explorer.selected);
    expect(selected).not.toBe(before);
    await page.waitForSelector(`#actor-details[data-actor="${selected}"]`);
    await expect(page.locator('#panel-details').isVisible()).resolves.toBe(true);
    await page.keyboard.press('0');
    await page.keyboard.press('Escape');
    expect(session.pageErrors).toEqual([]);
  });
});
