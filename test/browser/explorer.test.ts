/// <reference lib="dom" />
// (DOM types for the functions that run inside the page via page.evaluate.)
// The explorer page in a real browser against the real server and seed: what a planner does,
// step by step, asserted on what the page shows. Screenshots go to test-artifacts/.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launchChromium, skipBrowserTests } from './chromium.js';
import { startExplorerServer } from './explorer-server.js';

interface PageGraph {
  nodes: string[];
  edges: string[];
  hidden: string[];
  marked: string[];
  labels: Record<string, string>;
}

/** What the canvas holds, read from the page's graph state. */
function graphOf(page: Page): Promise<PageGraph> {
  return page.evaluate(() => {
    const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
    return {
      nodes: graph.nodes(),
      edges: graph.edges(),
      hidden: graph.filterNodes((_n, a) => a.hidden === true),
      marked: graph.filterNodes((_n, a) => a.marked === true),
      labels: Object.fromEntries(graph.mapNodes((n, a) => [n, String(a.label)])),
    };
  });
}

async function api<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

describe.skipIf(skipBrowserTests)('explorer page in Chromium', () => {
  let server: Awaited<ReturnType<typeof startExplorerServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startExplorerServer();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(text: string): Promise<string[]> {
    await page.fill('#search-input', '');
    await page.fill('#search-input', text);
    await page.waitForSelector('#search-options li[role="option"]');
    return page.locator('#search-options li').allInnerTexts();
  }

  it('serves the page at / with a WebGL canvas and the legend', async () => {
    const response = await page.goto(`${server.url}/`);
    expect(response?.ok()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/explore/');
    await expect(page.title()).resolves.toContain('海淀创新图谱');
    const webgl = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#graph canvas')).some((c) => (c as HTMLCanvasElement).getContext('webgl2') !== null),
    );
    expect(webgl).toBe(true);
    await expect(page.locator('#filter-kind input').count()).resolves.toBeGreaterThanOrEqual(13);
    await expect(page.locator('#filter-status li').allInnerTexts()).resolves.toContain('意向');
  });

  it('starts at the search box when tabbing in from the keyboard', async () => {
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

  it('draws 北航 with all its neighbours and shows its details with the report quoted', async () => {
    await page.keyboard.press('Enter');
    await page.waitForSelector('#actor-details[data-actor="buaa"]');
    const expected = await api<{
      actor: { relations: { id: string; from: { id: string }; to: { id: string } }[] };
      neighborhood: { nodes: { key: string }[]; edges: { key: string }[] };
    }>(server.url, '{ actor(id: "buaa") { relations { id from { id } to { id } } } neighborhood(id: "buaa") { nodes { key } edges { key } } }');
    const relations = expected.actor.relations;
    expect(relations.length).toBeGreaterThan(0);
    const neighbours = new Set(relations.flatMap((r) => [r.from.id, r.to.id]));
    const graph = await graphOf(page);
    // Every relation of 北航 and every actor at its other end is drawn, as the API's neighbourhood has them.
    expect(new Set(graph.nodes)).toEqual(new Set([...neighbours, 'buaa']));
    expect(new Set(graph.nodes)).toEqual(new Set(expected.neighborhood.nodes.map((n) => n.key)));
    expect(new Set(graph.edges)).toEqual(new Set(expected.neighborhood.edges.map((e) => e.key)));
    expect(graph.edges).toEqual(expect.arrayContaining(relations.map((r) => r.id)));
    await expect(page.locator('#graph-status').getAttribute('data-nodes')).resolves.toBe(String(graph.nodes.length));

    const details = page.locator('#actor-details');
    await expect(details.locator('h2').innerText()).resolves.toBe('北京航空航天大学');
    await expect(details.innerText()).resolves.toContain('Beihang University');
    await expect(details.locator('.kind-badge').innerText()).resolves.toBe('高校');
    await expect(details.locator('#actor-relations li').count()).resolves.toBe(relations.length);
    // The citation shows its paragraph with the quoted words marked.
    const mark = details.locator('#actor-citations blockquote mark').first();
    await expect(mark.innerText()).resolves.toContain('北航');
    await page.screenshot({ path: artifactPath('explorer-1-buaa-expanded.png') });
  });

  it('expands a neighbour clicked on the canvas', async () => {
    const before = await graphOf(page);
    // A neighbour of 北航, clicked where sigma draws it.
    const target = before.nodes.find((n) => n !== 'buaa')!;
    const point = await page.evaluate((node) => {
      const { explorer } = window as unknown as {
        explorer: { renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number } }; state: { graph: import('graphology').default } };
      };
      const attributes = explorer.state.graph.getNodeAttributes(node);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const at = explorer.renderer.graphToViewport({ x: attributes.x as number, y: attributes.y as number });
      return { x: box.left + at.x, y: box.top + at.y };
    }, target);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`#actor-details[data-actor="${target}"]`);
    await page.waitForFunction((node) => {
      const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
      return graph.getNodeAttribute(node, 'expanded') === true;
    }, target);
    const after = await graphOf(page);
    expect(after.nodes.length).toBeGreaterThanOrEqual(before.nodes.length);
    expect(after.nodes).toEqual(expect.arrayContaining(before.nodes));
  });

  it('filters by kind, and switches labels to English', async () => {
    const universities = page.locator('#filter-kind input[value="UNIVERSITY"]');
    await universities.uncheck();
    expect((await graphOf(page)).hidden).toContain('buaa');
    await universities.check();
    expect((await graphOf(page)).hidden).not.toContain('buaa');

    await page.click('#language-toggle');
    await expect(page.locator('#export-png').innerText()).resolves.toBe('Export PNG');
    expect((await graphOf(page)).labels.buaa).toBe('Beihang University');
    await page.screenshot({ path: artifactPath('explorer-2-english.png') });
    await page.click('#language-toggle');
    expect((await graphOf(page)).labels.buaa).toBe('北京航空航天大学');
  });

  it('connects 北航 and 清华 through funds to district enterprises, listing and highlighting the paths', async () => {
    await page.click('#tab-connect');
    await expect(page.locator('#connect-from').inputValue()).resolves.toBe('北航');
    await expect(page.locator('#connect-via input[value="FUND"]').isChecked()).resolves.toBe(true);
    await page.click('#connect-run');
    // The report's 北航 funds are only planned and invest in nothing yet: the page says so.
    await page.locator('#connect-results', { hasText: '没有找到路径。' }).waitFor({ timeout: 5_000 });

    // A typo'd actor is an error the page shows, never an empty answer.
    await page.fill('#connect-from', '不存在的机构');
    await page.click('#connect-run');
    await page.locator('#graph-status.error', { hasText: '不存在的机构' }).waitFor({ timeout: 5_000 });

    await page.fill('#connect-from', '清华');
    await page.click('#connect-run');
    const paths = page.locator('#connect-results li.path');
    await paths.first().waitFor();
    const expected = await api<{ connections: { nodes: { id: string; name: string }[] }[] }>(
      server.url,
      '{ connections(from: "清华", via: [FUND], to: {kinds: [ENTERPRISE], inDistrict: true}) { nodes { id name } } }',
    );
    expect(expected.connections.length).toBeGreaterThan(0);
    await expect(paths.count()).resolves.toBe(expected.connections.length);
    const first = expected.connections[0]!;
    const firstText = await paths.first().innerText();
    for (const node of first.nodes) expect(firstText).toContain(node.name);
    const marked = new Set((await graphOf(page)).marked);
    for (const node of expected.connections.flatMap((c) => c.nodes)) expect(marked.has(node.id)).toBe(true);
    await page.screenshot({ path: artifactPath('explorer-3-connect.png') });
  });

  it('overlays a coordination gap: actors highlighted, evidence and the report\'s words listed', async () => {
    await page.click('#tab-gaps');
    await page.selectOption('#gap-type', 'NO_BENEFIT_COORDINATION');
    await page.click('#gap-show');
    const gaps = page.locator('#gap-results li.gap');
    await gaps.first().waitFor();
    const expected = await api<{ coordinationGaps: { title: string; actors: { id: string }[] }[] }>(
      server.url,
      '{ coordinationGaps(types: [NO_BENEFIT_COORDINATION]) { title actors { id } } }',
    );
    await expect(gaps.count()).resolves.toBe(expected.coordinationGaps.length);
    await expect(gaps.first().innerText()).resolves.toContain(expected.coordinationGaps[0]!.title);
    const marked = new Set((await graphOf(page)).marked);
    for (const actor of expected.coordinationGaps.flatMap((g) => g.actors)) expect(marked.has(actor.id)).toBe(true);
    // The report's statement of the problem, quoted from §34.
    await expect(page.locator('#gap-results .gap-problem').innerText()).resolves.toContain('利益');
    await page.screenshot({ path: artifactPath('explorer-4-gaps.png') });

    // Leaving the overlay ends the highlighting.
    await page.click('#tab-details');
    expect((await graphOf(page)).marked).toEqual([]);
  });

  it('shows the three indices with their top contributors', async () => {
    await page.click('#tab-indices');
    const indices = page.locator('#panel-indices article.index');
    await page.waitForFunction(() => document.querySelectorAll('#panel-indices article.index').length === 3);
    const expected = await api<{ indices: { id: string; value: number; contributions: { actor: { name: string } }[] }[] }>(
      server.url,
      '{ indices { id value contributions(first: 10) { actor { name } } } }',
    );
    for (const index of expected.indices) {
      const view = indices.and(page.locator(`[data-index="${index.id}"]`));
      await expect(view.locator('.index-value').innerText()).resolves.toBe(index.value.toFixed(1));
      await expect(view.locator('tbody tr').count()).resolves.toBe(index.contributions.length);
      await expect(view.locator('tbody tr').first().innerText()).resolves.toContain(index.contributions[0]!.actor.name);
    }
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

  it('exports the view as PNG, graphology JSON and GEXF', async () => {
    const graph = await graphOf(page);
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const png = await saved('#export-png');
    expect(png.name).toBe('haidian-graph.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5_000);
    writeFileSync(artifactPath('explorer-export.png'), png.bytes);

    const json = await saved('#export-json');
    const exported = JSON.parse(json.bytes.toString()) as { nodes: { key: string }[]; edges: { key: string }[] };
    expect(exported.nodes.map((n) => n.key).sort()).toEqual([...graph.nodes].sort());
    expect(exported.edges).toHaveLength(graph.edges.length);

    const gexf = await saved('#export-gexf');
    expect(gexf.bytes.toString()).toContain('<gexf');
    expect(gexf.bytes.toString()).toContain('北京航空航天大学');
    expect(pageErrors).toEqual([]);
  });
});
