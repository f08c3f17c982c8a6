/// <reference lib="dom" />
// The explorer for keyboard and screen-reader users: axe-core finds no serious or critical
// violation in any main state, in either language, and every flow runs from the keyboard alone.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, skipBrowserTests } from './chromium.js';
import { axeViolations, explorerSession, graphOf } from './explorer-page.js';

describe.skipIf(skipBrowserTests)('explorer accessibility in Chromium', { timeout: 180_000 }, () => {
  const session = explorerSession();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.slice(0, 40) || '');

  /** Presses Tab until the element matching `selector` has the focus (at most `limit` times). */
  async function tabTo(selector: string, limit = 80): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}; last focus: ${await focused()}`);
  }

  it('has no serious or critical axe-core violation on the landing view, in Chinese and in English', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#language-toggle');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#language-toggle');
  });

  it('runs an example question from the keyboard, and the answer has no axe-core violation', async () => {
    await page.locator('body').focus();
    await tabTo('[data-example="cas-government"]');
    await page.keyboard.press('Enter');
    await page.locator('#connect-results li.path').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks the path finder from the keyboard: type, pick a suggestion, submit; errors offer their candidates as buttons', async () => {
    await page.focus('#tab-connect');
    await page.keyboard.press('Enter');
    await page.focus('#connect-from');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('北京');
    await page.waitForSelector('#connect-from-options li[role="option"]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    const error = page.locator('#connect-error');
    await error.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The candidates are reached with Tab and chosen with Enter.
    await tabTo('#connect-error [data-candidate="buaa"]');
    await page.keyboard.press('Enter');
    await page.locator('#connect-results li.path').first().waitFor();
    await expect(page.locator('#connect-from').inputValue()).resolves.toBe('北京航空航天大学');

    await page.focus('#connect-from');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('清华');
    await page.waitForSelector('#connect-from-options li[aria-selected="true"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.locator('#connect-from').inputValue()).resolves.toBe('清华大学');
    await page.keyboard.press('Enter');
    await page.locator('#connect-results li.path').first().waitFor();
    await page.screenshot({ path: artifactPath('a11y-1-keyboard-paths.png') });
  });

  it('filters and shows gaps from the keyboard, without axe-core violations', async () => {
    await page.focus('#measure');
    await tabTo('#filter-kind input[value="POLICY"]');
    await page.keyboard.press('Space');
    expect((await graphOf(page)).hidden.length).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    await page.focus('#tab-gaps');
    await page.keyboard.press('Enter');
    await tabTo('#gap-type');
    await tabTo('#gap-show');
    await page.keyboard.press('Enter');
    await page.locator('#gap-results li.gap').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.focus('#tab-gaps');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelectorAll('#panel-indices article.index').length === 3);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens an actor from the canvas with the keyboard and shows its details without axe-core violations', async () => {
    await page.focus('#graph');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#keyboard-status').innerText()).resolves.toMatch(/^当前：/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const selected = (window as unknown as { explorer: { selected: string | null } }).explorer.selected;
      return selected !== null && document.querySelector(`#actor-details[data-actor="${selected}"]`) !== null;
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifactPath('a11y-2-keyboard-details.png') });
  });
});
