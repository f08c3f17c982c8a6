/// <reference lib="dom" />
// What the browser tests read from the explorer page: its graph state, where sigma printed each
// label, whether text is in the page's language, axe-core's verdict. Functions passed to
// page.evaluate run inside the page, on the handle the page exposes as `window.explorer`.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { startExplorerServer } from './explorer-server.js';

export interface PageGraph {
  nodes: string[];
  edges: string[];
  hidden: string[];
  marked: string[];
  markedEdges: string[];
  labels: Record<string, string>;
  edgeLabels: Record<string, string>;
}

/** The shape of `window.explorer` the tests rely on (the page's Explorer, read-only). */
interface PageHandle {
  explorer: {
    selected: string | null;
    state: { graph: import('graphology').default; highlighting: boolean };
    renderer: {
      refresh(): void;
      getDimensions(): { width: number; height: number };
      getCamera(): { ratio: number; isAnimating(): boolean };
      getNodeDisplayData(node: string): { x: number; y: number; size: number; label?: string } | undefined;
      getNodeDisplayedLabels(): Set<string>;
      getEdgeDisplayedLabels(): Set<string>;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      /** sigma's own label geometry: the box it draws a node's label in, relative to the node. */
      labelRenderer: { nodeLabelBox(data: object, radius: number): { minX: number; maxX: number; minY: number; maxY: number } | null };
    };
    labels: { update(): Map<string, string> };
  };
}

export const handle = (): PageHandle['explorer'] => (window as unknown as PageHandle).explorer;

/** What the canvas holds, read from the page's graph state. */
export function graphOf(page: Page): Promise<PageGraph> {
  return page.evaluate(() => {
    const { graph } = (window as unknown as PageHandle).explorer.state;
    return {
      nodes: graph.nodes(),
      edges: graph.edges(),
      hidden: graph.filterNodes((_n, a) => a.filtered === true || a.collapsedInto !== null),
      marked: graph.filterNodes((_n, a) => a.marked === true),
      markedEdges: graph.filterEdges((_e, a) => a.marked === true),
      labels: Object.fromEntries(graph.mapNodes((n, a) => [n, String(a.label)])),
      edgeLabels: Object.fromEntries(graph.mapEdges((e, a) => [e, String(a.label)])),
    };
  });
}

/** Waits until the camera stopped moving and the labels were placed for where it stopped. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as PageHandle).explorer.renderer.getCamera().isAnimating());
  await page.evaluate(() => {
    const { explorer } = window as unknown as PageHandle;
    explorer.labels.update();
    explorer.renderer.refresh();
  });
}

export interface DrawnLabel {
  node: string;
  text: string;
  box: { minX: number; maxX: number; minY: number; maxY: number };
}

/** Every node label sigma drew in its last frame, with the box sigma drew it in (viewport pixels). */
export function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const { renderer } = (window as unknown as PageHandle).explorer;
    renderer.refresh();
    const drawn: DrawnLabel[] = [];
    for (const node of renderer.getNodeDisplayedLabels()) {
      const data = renderer.getNodeDisplayData(node);
      if (!data) continue;
      const at = renderer.framedGraphToViewport(data);
      const box = renderer.labelRenderer.nodeLabelBox(data, renderer.scaleSize(data.size));
      if (!box) continue;
      drawn.push({ node, text: data.label ?? '', box: { minX: at.x + box.minX, maxX: at.x + box.maxX, minY: at.y + box.minY, maxY: at.y + box.maxY } });
    }
    return drawn;
  });
}

export const overlap = (a: DrawnLabel['box'], b: DrawnLabel['box']): boolean =>
  a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** Where the given actors are on screen (viewport pixels of the canvas). */
export function screenPositions(page: Page, nodes: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((wanted) => {
    const { renderer } = (window as unknown as PageHandle).explorer;
    return Object.fromEntries(
      wanted.flatMap((node) => {
        const data = renderer.getNodeDisplayData(node);
        return data ? [[node, renderer.framedGraphToViewport(data)]] : [];
      }),
    );
  }, nodes);
}

/** Points at the middle of the edge between two drawn actors (coming from aside, so sigma sees a move) and waits for its hover card. */
export async function hoverEdgeBetween(page: Page, from: string, to: string): Promise<void> {
  const box = (await page.locator('#graph').boundingBox())!;
  const at = await screenPositions(page, [from, to]);
  const middle = { x: (at[from]!.x + at[to]!.x) / 2, y: (at[from]!.y + at[to]!.y) / 2 };
  await page.mouse.move(box.x + middle.x + 20, box.y + middle.y + 20);
  await page.mouse.move(box.x + middle.x, box.y + middle.y);
  await page.waitForFunction(() => document.querySelector('#hover-card .reasoning') !== null);
}

/**
 * Text of the page's own interface that is not in the page's language: every text node, option,
 * aria-label, placeholder and title, except what is marked as a name or quotation (translate="no")
 * or declared in another language (a lang attribute) outside the editor's notes. Chinese in the English page is anything in
 * Han script; English in the Chinese page is a Latin word of two letters or more, apart from the
 * names of file formats and keys.
 */
export function foreignText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
    // Names of file formats and of keys, printed in Latin letters in Chinese too.
    const allowed = new Set(['PNG', 'JSON', 'GraphML', 'GEXF', 'Esc']);
    const foreign = (text: string) =>
      pageLanguage === 'en' ? /\p{Script=Han}/u.test(text) : (text.match(/[A-Za-z]{2,}/g) ?? []).some((word) => !allowed.has(word));
    const exempt = (element: Element | null) => {
      const marked = element?.closest('[translate="no"], [lang]');
      if (!marked) return false;
      if (marked.getAttribute('translate') === 'no') return true;
      // The editor's notes (descriptions, reasoning) are the page's own text: declaring one in
      // the other language does not excuse it.
      if (marked.closest('.note')) return false;
      return !(marked.getAttribute('lang') ?? '').startsWith(pageLanguage);
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
      if (!exempt(parent) && foreign(text)) found.push(text);
    }
    for (const element of Array.from(document.body.querySelectorAll('[aria-label], [placeholder], [title]'))) {
      if (exempt(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name);
        if (value && foreign(value)) found.push(`${name}="${value}"`);
      }
    }
    return found;
  });
}

const require = createRequire(import.meta.url);

/** axe-core's violations on the page as it stands, of the given impacts. */
export async function axeViolations(page: Page, impacts = ['serious', 'critical']): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => impacts.includes(v.impact));
}

/** Counts of a screenshot's pixels by colour, decoded in the page (Chromium decodes PNG for us). */
export async function pixelCounts(page: Page, png: Buffer, region?: { x: number; y: number; width: number; height: number }): Promise<{ red: number; green: number; dark: number }> {
  return page.evaluate(
    async ({ data, region }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { x, y, width, height } = region ?? { x: 0, y: 0, width: image.width, height: image.height };
      const pixels = context.getImageData(x, y, width, height).data;
      const counts = { red: 0, green: 0, dark: 0 };
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (r > 170 && g < 120 && b < 110) counts.red++;
        if (g > 120 && r < 110 && b < 140) counts.green++;
        if (r + g + b < 300) counts.dark++;
      }
      return counts;
    },
    { data: png.toString('base64'), region },
  );
}

/** Image width and height read from a PNG's header. */
export const pngSize = (png: Buffer): { width: number; height: number } => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

export async function api<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

/** Opens the page and waits for the landing view to be drawn. */
export async function openExplorer(page: Page, url: string, query = ''): Promise<void> {
  await page.goto(`${url}/explore/${query}`);
  await page.waitForFunction(() => Number(document.getElementById('graph-status')?.dataset.nodes ?? 0) > 0);
  await settle(page);
}

/** A 1280×800 page that waits long enough for a loaded, shared machine. */
export async function newExplorerPage(browser: import('playwright-core').Browser, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  page.setDefaultTimeout(90_000);
  return page;
}

/**
 * The server, browser and page one test file shares: started before its tests (the page opened
 * on the landing view unless `open` is false), closed after them. Page errors are collected.
 */
export function explorerSession(options: { acceptDownloads?: boolean; open?: boolean } = {}) {
  const session = { url: '', page: undefined as unknown as Page, pageErrors: [] as string[] };
  let server: Awaited<ReturnType<typeof startExplorerServer>> | undefined;
  let browser: import('playwright-core').Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await startExplorerServer();
    session.url = server.url;
    session.page = await newExplorerPage(browser, { acceptDownloads: options.acceptDownloads ?? false });
    session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
    if (options.open ?? true) await openExplorer(session.page, server.url);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return session;
}
