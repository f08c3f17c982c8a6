// Debian's Chromium driven by playwright-core. Missing Chromium skips the browser tests on a
// developer's machine (with a message) but fails them under CI, where .ci/install-browser
// must have installed it.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const underCi = process.env.CI === 'true';
export const chromiumMissing = !existsSync(CHROMIUM);

if (chromiumMissing && !underCi) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install it with .ci/install-browser)`);
}
/** Skip only off CI; under CI a missing browser must fail the suite. */
export const skipBrowserTests = chromiumMissing && !underCi;

// Headless flags that keep Chromium quiet and offline. WebGL then runs on SwiftShader, which
// --disable-gpu leaves available for WebGL in this Chromium (no extra flag needed).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (chromiumMissing) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: run .ci/install-browser`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export const ARTIFACTS = resolve('test-artifacts');
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return resolve(ARTIFACTS, name);
}
