/// <reference lib="dom" />
// Measures the explorer on a large drawing in headless Chromium: time to first draw and frame
// times while panning and zooming. Not part of the test suite: run it against a server holding
// a district-size graph (docs/explorer.md says how), e.g.
//   npm run bench:explorer -- http://localhost:4677 fund-0000000,park-0000000,incubator-0000000,government-0000000,platform-0000000,university-0000000 1000
import { artifactPath, launchChromium } from './chromium.js';
import { newExplorerPage } from './explorer-page.js';

const [url = 'http://localhost:4000', centres = 'haidian-government', limit = '2000', depth = '1'] = process.argv.slice(2);

interface Frames {
  intervals: number[];
  renders: number[];
}

const browser = await launchChromium();
const page = await newExplorerPage(browser);
page.setDefaultTimeout(600_000);
// tsx names the functions it compiles with a helper the page lacks; give the page a no-op one.
await page.addInitScript({ content: 'window.__name = (f) => f;' });
const started = Date.now();
await page.goto(`${url}/explore/?centre=${centres}&limit=${limit}&depth=${depth}`);
// Drawn, or refused by the API (a limit above its cap, say): said at once rather than after the timeout.
await page.waitForFunction(() => performance.getEntriesByName('explorer:drawn').length > 0 || document.getElementById('graph-status')?.classList.contains('error'));
const refused = await page.evaluate(() => (document.getElementById('graph-status')?.classList.contains('error') ? document.getElementById('graph-status')!.textContent : null));
if (refused) throw new Error(`the page could not draw: ${refused}`);
const firstDraw = await page.evaluate(() => {
  const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
  const { graph } = (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state;
  return { fetched: at('explorer:fetched'), drawn: at('explorer:drawn'), actors: graph.order, relations: graph.size };
});

/** Pans and zooms for a few seconds, recording the interval between frames and sigma's render time. */
function interact(page: import('playwright-core').Page): Promise<Frames> {
  return page.evaluate(async () => {
    const { renderer } = (window as unknown as {
      explorer: { renderer: { on(e: string, f: () => void): void; off(e: string, f: () => void): void; getCamera(): { animate(s: object, o: object): Promise<void> } } };
    }).explorer;
    const renders: number[] = [];
    const intervals: number[] = [];
    let renderStart = 0;
    const before = () => (renderStart = performance.now());
    const after = () => renders.push(performance.now() - renderStart);
    renderer.on('beforeRender', before);
    renderer.on('afterRender', after);
    let running = true;
    let last = performance.now();
    const tick = (now: number) => {
      intervals.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const camera = renderer.getCamera();
    for (const state of [{ ratio: 0.4 }, { x: 0.3, y: 0.4 }, { x: 0.7, y: 0.6, ratio: 0.2 }, { x: 0.5, y: 0.5, ratio: 1 }]) await camera.animate(state, { duration: 800 });
    running = false;
    renderer.off('beforeRender', before);
    renderer.off('afterRender', after);
    return { intervals: intervals.slice(1), renders };
  });
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const summary = (frames: Frames) => ({
  frames: frames.intervals.length,
  frameMedianMs: +quantile(frames.intervals, 0.5).toFixed(1),
  frameP95Ms: +quantile(frames.intervals, 0.95).toFixed(1),
  renderMedianMs: +quantile(frames.renders, 0.5).toFixed(1),
  renderP95Ms: +quantile(frames.renders, 0.95).toFixed(1),
});

const positions = () =>
  page.evaluate(() => (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state.graph.mapNodes((_n, a) => [a.x as number, a.y as number]));
const ringPositions = await positions();
const whileLayoutRuns = summary(await interact(page));
await page.evaluate(() => (window as unknown as { explorer: { layout: { settled: Promise<void> } } }).explorer.layout.settled);
const afterLayout = summary(await interact(page));
// How far ForceAtlas2 (in its worker) moved actors from their first drawing, relative to the drawing's size.
const settled = await positions();
const span = Math.max(...ringPositions.map(([x]) => x!)) - Math.min(...ringPositions.map(([x]) => x!));
const moved = settled.map(([x, y], i) => Math.hypot(x! - ringPositions[i]![0]!, y! - ringPositions[i]![1]!)).sort((a, b) => a - b);
const layoutMovedMedian = +(moved[Math.floor(moved.length / 2)]! / span).toFixed(3);
await page.screenshot({ path: artifactPath('measure-large.png') });
const labels = await page.evaluate(() => {
  const { labels } = (window as unknown as { explorer: { labels: { update(): { nodes: Map<string, string> } } } }).explorer;
  const start = performance.now();
  const placed = labels.update();
  return { ms: +(performance.now() - start).toFixed(1), printed: placed.nodes.size };
});
// Pointing at the biggest actor: how long until its hover card shows; clicking it: until the page
// has selected it (its details then wait for the API, which is not the drawing's doing).
const hub = await page.evaluate(() => {
  const { explorer } = window as unknown as {
    explorer: {
      state: { graph: import('graphology').default };
      renderer: { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } };
    };
  };
  const { graph } = explorer.state;
  const node = graph.nodes().reduce((best, n) => (graph.degree(n) > graph.degree(best) ? n : best));
  return { node, ...explorer.renderer.framedGraphToViewport(explorer.renderer.getNodeDisplayData(node)) };
});
const canvas = (await page.locator('#graph').boundingBox())!;
let mark = Date.now();
await page.mouse.move(canvas.x + hub.x, canvas.y + hub.y);
await page.waitForSelector('#hover-card:not([hidden])');
const hoverMs = Date.now() - mark;
mark = Date.now();
await page.mouse.click(canvas.x + hub.x, canvas.y + hub.y);
// The actor under the pointer is selected: the hub, or one drawn over it.
await page.waitForFunction(() => (window as unknown as { explorer: { selected: string | null } }).explorer.selected !== null);
const clickToSelectionMs = Date.now() - mark;

console.log(JSON.stringify({
  actors: firstDraw.actors,
  relations: firstDraw.relations,
  pageLoadToDataMs: Math.round(firstDraw.fetched),
  dataToFirstDrawMs: Math.round(firstDraw.drawn - firstDraw.fetched),
  wallClockToFirstDrawS: +((Date.now() - started) / 1000).toFixed(1),
  whileLayoutRuns,
  afterLayout,
  layoutMovedMedian,
  labelPlacement: labels,
  hoverCardMs: hoverMs,
  clickToSelectionMs,
}, null, 2));
await browser.close();
