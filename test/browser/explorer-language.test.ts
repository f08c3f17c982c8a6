/// <reference lib="dom" />
// The page whole in Chinese and whole in English: every state a planner reaches (landing,
// details, hover card, paths, errors, each gap, the indices, measures, a collapsed group) shows
// no interface text of the other language, apart from names and quotations marked as such; and
// switching language keeps the drawing where it was.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, skipBrowserTests } from './chromium.js';
import { explorerSession, foreignText, hoverEdgeBetween, openExplorer, screenPositions, settle } from './explorer-page.js';

const GAP_TYPES = ['CASE_BY_CASE_COOPERATION', 'NO_DOCKING_MECHANISM', 'NO_BENEFIT_COORDINATION', 'POLICIES_NOT_COMBINED', 'BROKERAGE'];

describe.skipIf(skipBrowserTests)('explorer in both languages', { timeout: 180_000 }, () => {
  const session = explorerSession();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  const language = () => page.evaluate(() => document.documentElement.lang);

  /** The page's text in Chinese, then in English, then back: what is foreign in each. */
  async function inBothLanguages(state: string): Promise<void> {
    expect(await language()).toBe('zh-CN');
    const zh = await foreignText(page);
    await page.click('#language-toggle');
    expect(await language()).toBe('en');
    const en = await foreignText(page);
    await page.screenshot({ path: artifactPath(`language-${state}-en.png`) });
    await page.click('#language-toggle');
    expect({ state, zh, en }).toEqual({ state, zh: [], en: [] });
  }

  /** Where every drawn actor is on screen, and the box they span. */
  async function drawing() {
    await settle(page);
    const nodes = await page.evaluate(() => (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state.graph.nodes());
    const at = await screenPositions(page, nodes);
    const xs = Object.values(at).map((p) => p.x);
    const ys = Object.values(at).map((p) => p.y);
    return { at, width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  }

  it('keeps the layout when the language switches: the drawing\'s extent changes by less than 10%', async () => {
    for (const view of ['landing', 'expanded']) {
      if (view === 'expanded') {
        await page.click('#clear-graph');
        await page.fill('#search-input', '海淀区人民政府');
        await page.waitForSelector('#search-input-options li[role="option"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#actor-details[data-actor="haidian-government"]');
      }
      const zh = await drawing();
      await page.click('#language-toggle');
      const en = await drawing();
      await page.screenshot({ path: artifactPath(`language-extent-${view}-en.png`) });
      await page.click('#language-toggle');
      expect(Math.abs(en.width - zh.width) / zh.width).toBeLessThan(0.1);
      expect(Math.abs(en.height - zh.height) / zh.height).toBeLessThan(0.1);
      // Not only the extent: no actor moved.
      for (const [node, p] of Object.entries(zh.at)) {
        expect(Math.abs(en.at[node]!.x - p.x)).toBeLessThan(1);
        expect(Math.abs(en.at[node]!.y - p.y)).toBeLessThan(1);
      }
    }
  });

  it('shows the landing view, an actor\'s details and its hover card in one language at a time', async () => {
    await page.click('#clear-graph');
    await page.goto(`${session.url}/explore/`);
    await openExplorer(page, session.url);
    await inBothLanguages('landing');
    // An actor with figures, relations with figures, an editorial note and citations.
    await page.fill('#search-input', '水木启程');
    await page.waitForSelector('#search-input-options li[role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#actor-details[data-actor="shuimu-qicheng-fund"] #actor-metrics');
    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#hover-card:not([hidden])');
    await inBothLanguages('details');
  });

  it('gives the editor\'s notes in the page\'s language: an actor\'s description and an inferred relation\'s reasoning', async () => {
    // 水木启程基金 (from the previous test): its description, and the inferred relation from 社会资本.
    const note = page.locator('#actor-details > p.note');
    const reasoning = page.locator('#actor-relations li[data-relation="social-capital-co-founded-shuimu-qicheng"] .reasoning');
    await expect(note.innerText()).resolves.toBe('编者注：与清华大学及社会资本共同设立的成果转化和技术转移基金。');
    await expect(reasoning.innerText()).resolves.toMatch(/^推断依据（编者）：§12说转化基金是“联合社会资本与驻区高校共设”/);
    await page.click('#language-toggle');
    await expect(note.innerText()).resolves.toBe("Editor's note: Achievement-conversion and technology-transfer fund co-founded with Tsinghua and private capital.");
    await expect(reasoning.innerText()).resolves.toMatch(/^Inferred because: §12 says the transfer funds are set up jointly with private capital/);
    await page.click('#language-toggle');
    // The hover card of that relation gives the reasoning in Chinese too.
    await hoverEdgeBetween(page, 'social-capital', 'shuimu-qicheng-fund');
    await expect(page.locator('#hover-card .reasoning').innerText()).resolves.toMatch(/^推断依据（编者）：§12说/);
    expect(await foreignText(page)).toEqual([]);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 2);
  });

  it('shows paths, how a name was read, the empty-answer hint and errors in one language at a time', async () => {
    for (const example of ['cas-government', 'beihang-funds']) {
      await page.click('#tab-start');
      await page.click(`[data-example="${example}"]`);
      await page.locator('#connect-results li.path, #connect-results .hint-text').first().waitFor();
      await inBothLanguages(example);
    }
    for (const text of ['北京', '不存在的机构']) {
      await page.fill('#connect-from', text);
      await page.click('#connect-run');
      await page.locator('#connect-error').waitFor();
      await inBothLanguages(`error-${text}`);
    }
  });

  it('shows every gap type, the indices and the measures in one language at a time', async () => {
    await page.click('#tab-gaps');
    for (const type of GAP_TYPES) {
      await page.selectOption('#gap-type', type);
      await page.click('#gap-show');
      await page.locator('#gap-results li.gap').first().waitFor();
      await inBothLanguages(`gap-${type}`);
    }
    await page.click('#tab-indices');
    await page.waitForFunction(() => document.querySelectorAll('#panel-indices article.index').length === 3);
    for (const summary of await page.locator('#panel-indices details summary').all()) await summary.click();
    await page.selectOption('#measure', 'index:index-innovation');
    await page.locator('#measure-legend').waitFor();
    await inBothLanguages('indices');
  });

  it('names a collapsed group in one language at a time', async () => {
    await page.click('#clear-graph');
    await page.fill('#search-input', '海淀区人民政府');
    await page.waitForSelector('#search-input-options li[role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#collapse-groups button[data-kind="FUND"]');
    await page.click('#collapse-groups button[data-kind="FUND"]');
    await page.evaluate(() => (window as unknown as { explorer: { select(id: string): void } }).explorer.select('group:haidian-government:FUND'));
    await page.locator('#group-details').waitFor();
    await inBothLanguages('group');
    const label = await page.evaluate(() =>
      (window as unknown as { explorer: { state: { graph: import('graphology').default } } }).explorer.state.graph.getNodeAttribute('group:haidian-government:FUND', 'label'),
    );
    expect(label).toMatch(/^基金 ×\d+$/);
  });
});
