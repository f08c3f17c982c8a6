/// <reference lib="dom" />
// The explorer page in a real browser against the real server and seed: what a planner does,
// step by step, asserted on what the page shows. Screenshots go to test-artifacts/.
import { readFileSync, writeFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DASH_PATTERNS } from '../../web/src/vocabulary.js';
import { artifactPath, skipBrowserTests } from './chromium.js';
import { api, explorerSession, graphOf, openExplorer, pixelCounts, pngSize, screenPositions, settle } from './explorer-page.js';

// Generous timeouts: a shared, loaded machine can take many seconds per page load.
describe.skipIf(skipBrowserTests)('explorer page in Chromium', { timeout: 120_000 }, () => {
  const session = explorerSession({ acceptDownloads: true, open: false });
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  async function search(text: string): Promise<string[]> {
    await page.fill('#search-input', '');
    await page.fill('#search-input', text);
    await page.waitForSelector('#search-input-options li[role="option"]');
    return page.locator('#search-input-options li').allInnerTexts();
  }

  it('serves the page at / with a WebGL canvas, the legend, and the report\'s graph drawn', async () => {
    const response = await page.goto(`${session.url}/`);
    expect(response?.ok()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/explore/');
    await openExplorer(page, session.url);
    await expect(page.title()).resolves.toContain('海淀创新图谱');
    const webgl = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#graph canvas')).some((c) => (c as HTMLCanvasElement).getContext('webgl2') !== null),
    );
    expect(webgl).toBe(true);
    await expect(page.locator('#filter-kind input').count()).resolves.toBeGreaterThanOrEqual(13);
    await expect(page.locator('#filter-status li').allInnerTexts()).resolves.toContain('意向');
    // The landing view: the report's graph around the district government, three hops out.
    const expected = await api<{ neighborhood: { nodes: { key: string }[] } }>(session.url, '{ neighborhood(id: "haidian-government", depth: 3, limit: 400) { nodes { key } } }');
    const graph = await graphOf(page);
    expect(new Set(graph.nodes)).toEqual(new Set(expected.neighborhood.nodes.map((n) => n.key)));
    await expect(page.locator('#panel-start button.example').count()).resolves.toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: artifactPath('explorer-0-landing.png') });
  });

  it('starts at the search box when tabbing in from the keyboard', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
  });

  it('finds 北京航空航天大学 by its aliases 北航 and BUAA', async () => {
    const byBuaa = await search('BUAA');
    expect(byBuaa[0]).toContain('北京航空航天大学');
    expect(byBuaa[0]).toContain('BUAA');
    const byAbbreviation = await search('北航');
    expect(byAbbreviation[0]).toContain('北京航空航天大学');
    expect(byAbbreviation[0]).toContain('别名 北航');
  });

  it('draws 北航 with all its neighbours around it, frames them, and shows its details with the report quoted', async () => {
    await page.click('#clear-graph');
    await search('北航');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#actor-details[data-actor="buaa"]');
    await settle(page);
    const expected = await api<{
      actor: { relations: { id: string; from: { id: string }; to: { id: string } }[] };
      neighborhood: { nodes: { key: string }[]; edges: { key: string }[] };
    }>(session.url, '{ actor(id: "buaa") { relations { id from { id } to { id } } } neighborhood(id: "buaa") { nodes { key } edges { key } } }');
    const relations = expected.actor.relations;
    expect(relations.length).toBeGreaterThan(0);
    const neighbours = new Set(relations.flatMap((r) => [r.from.id, r.to.id]));
    const graph = await graphOf(page);
    // Every relation of 北航 and every actor at its other end is drawn, as the API's neighbourhood has them.
    expect(new Set(graph.nodes)).toEqual(new Set([...neighbours, 'buaa']));
    expect(new Set(graph.nodes)).toEqual(new Set(expected.neighborhood.nodes.map((n) => n.key)));
    expect(new Set(graph.edges)).toEqual(new Set(expected.neighborhood.edges.map((e) => e.key)));
    await expect(page.locator('#graph-status').getAttribute('data-nodes')).resolves.toBe(String(graph.nodes.length));
    // All of them are in view.
    const box = await page.locator('#graph').boundingBox();
    for (const at of Object.values(await screenPositions(page, graph.nodes))) {
      expect(at.x).toBeGreaterThan(0);
      expect(at.x).toBeLessThan(box!.width);
      expect(at.y).toBeGreaterThan(0);
      expect(at.y).toBeLessThan(box!.height);
    }

    const details = page.locator('#actor-details');
    await expect(details.locator('h2').innerText()).resolves.toBe('北京航空航天大学');
    await expect(details.innerText()).resolves.toContain('Beihang University');
    await expect(details.locator('.kind-badge').innerText()).resolves.toBe('高校');
    await expect(details.locator('#actor-relations li').count()).resolves.toBe(relations.length);
    const mark = details.locator('#actor-citations blockquote mark').first();
    await expect(mark.innerText()).resolves.toContain('北航');
    await page.screenshot({ path: artifactPath('explorer-1-buaa-expanded.png') });
  });

  it('expands a neighbour clicked on the canvas', async () => {
    const before = await graphOf(page);
    const target = before.nodes.find((n) => n !== 'buaa')!;
    const [point] = Object.values(await screenPositions(page, [target]));
    const box = await page.locator('#graph').boundingBox();
    await page.mouse.click(box!.x + point!.x, box!.y + point!.y);
    await page.waitForSelector(`#actor-details[data-actor="${target}"]`);
    await page.waitForFunction((node) => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.getNodeAttribute(node, 'expanded') === true;
    }, target);
    const after = await graphOf(page);
    expect(after.nodes).toEqual(expect.arrayContaining(before.nodes));
  });

  it('filters by kind, and switches labels to English', async () => {
    const universities = page.locator('#filter-kind input[value="UNIVERSITY"]');
    await universities.uncheck();
    expect((await graphOf(page)).hidden).toContain('buaa');
    await universities.check();
    expect((await graphOf(page)).hidden).not.toContain('buaa');

    await page.click('#language-toggle');
    await expect(page.locator('#export-png').innerText()).resolves.toBe('Image (PNG)');
    expect((await graphOf(page)).labels.buaa).toBe('Beihang University');
    await settle(page);
    await page.screenshot({ path: artifactPath('explorer-2-english.png') });
    await page.click('#language-toggle');
    expect((await graphOf(page)).labels.buaa).toBe('北京航空航天大学');
  });

  it('draws planned links dashed, inferred ones dotted, and only stated, established ones solid', async () => {
    const styles = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.mapEdges((_e, a) => ({ status: a.status as string, basis: a.basis as string, dash: [a.dashSize as number, a.gapSize as number] }));
    });
    expect(styles.some((s) => s.status === 'PLANNED')).toBe(true);
    for (const { status, basis, dash } of styles) {
      const planned = status !== 'ESTABLISHED';
      const inferred = basis === 'INFERRED';
      const style = planned ? (inferred ? 'sparse-dotted' : 'dashed') : inferred ? 'dotted' : 'solid';
      expect(dash).toEqual(DASH_PATTERNS[style]);
    }
  });

  it('shows the three indices with their top contributors, indicators in Chinese', async () => {
    await page.click('#tab-indices');
    const indices = page.locator('#panel-indices article.index');
    await page.waitForFunction(() => document.querySelectorAll('#panel-indices article.index').length === 3);
    const expected = await api<{ indices: { id: string; value: number; contributions: { actor: { name: string } }[] }[] }>(
      session.url,
      '{ indices { id value contributions(first: 10) { actor { name } } } }',
    );
    for (const index of expected.indices) {
      const view = indices.and(page.locator(`[data-index="${index.id}"]`));
      await expect(view.locator('.index-value').innerText()).resolves.toBe(index.value.toFixed(1));
      await expect(view.locator('tbody tr').count()).resolves.toBe(index.contributions.length);
      await expect(view.locator('tbody tr').first().innerText()).resolves.toContain(index.contributions[0]!.actor.name);
    }
    await page.locator('#panel-indices details summary').first().click();
    await expect(page.locator('#panel-indices details li').first().innerText()).resolves.toContain('国家高新技术企业');
    await page.screenshot({ path: artifactPath('explorer-5-indices.png') });
  });

  it('names every control for assistive technology, and moves between tabs with the arrow keys', async () => {
    const unnamed = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>('button, input, select'))
        .filter((control) => {
          const labels = Array.from(control.labels ?? []).map((label) => label.textContent ?? '').join('');
          const own = control.tagName === 'BUTTON' ? control.textContent : '';
          return `${control.getAttribute('aria-label') ?? ''}${labels}${own}`.trim() === '';
        })
        .map((control) => control.outerHTML.slice(0, 100)),
    );
    expect(unnamed).toEqual([]);
    await page.focus('#tab-indices');
    await page.keyboard.press('ArrowLeft');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tab-gaps');
    await expect(page.locator('#panel-gaps').isVisible()).resolves.toBe(true);
    await expect(page.locator('#panel-indices').isVisible()).resolves.toBe(false);
  });

  it('exports the view as a PNG with title, legend and source line, and as JSON, GraphML and GEXF', async () => {
    const graph = await graphOf(page);
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const canvas = (await page.locator('#graph').boundingBox())!;
    const png = await saved('#export-png');
    expect(png.name).toBe('haidian-graph.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(artifactPath('explorer-export.png'), png.bytes);
    // A title band above the drawing, a legend and the source line below it: all carry ink.
    const size = pngSize(png.bytes);
    const scale = size.width / canvas.width;
    expect(size.height / scale).toBeGreaterThan(canvas.height + 100);
    const title = await pixelCounts(page, png.bytes, { x: 0, y: 0, width: size.width, height: Math.round(50 * scale) });
    const below = await pixelCounts(page, png.bytes, { x: 0, y: Math.round((canvas.height + 70) * scale), width: size.width, height: size.height - Math.round((canvas.height + 70) * scale) });
    expect(title.dark).toBeGreaterThan(100);
    expect(below.dark).toBeGreaterThan(200);

    const real = graph.nodes.filter((n) => !n.startsWith('group:'));
    const json = await saved('#export-json');
    const exported = JSON.parse(json.bytes.toString()) as { nodes: { key: string; attributes: { name: string } }[]; edges: { key: string }[] };
    expect(exported.nodes.map((n) => n.key).sort()).toEqual([...real].sort());
    expect(exported.edges).toHaveLength(graph.edges.length);

    const graphml = await saved('#export-graphml');
    expect(graphml.name).toBe('haidian-graph.graphml');
    const fromGraphml = parseGraphml(MultiDirectedGraph, graphml.bytes.toString());
    expect(fromGraphml.nodes().sort()).toEqual([...real].sort());
    expect(fromGraphml.size).toBe(graph.edges.length);
    expect(fromGraphml.getNodeAttribute('buaa', 'name')).toBe('北京航空航天大学');
    expect(fromGraphml.getNodeAttribute('buaa', 'kind')).toBe('UNIVERSITY');
    const planned = fromGraphml.findEdge((_e, a) => a.status === 'PLANNED');
    expect(planned).toBeDefined();

    const gexf = await saved('#export-gexf');
    const fromGexf = parseGexf(MultiDirectedGraph, gexf.bytes.toString());
    expect(fromGexf.order).toBe(real.length);
    expect(fromGexf.getNodeAttribute('buaa', 'name')).toBe('北京航空航天大学');
    expect(session.pageErrors).toEqual([]);
  });
});
