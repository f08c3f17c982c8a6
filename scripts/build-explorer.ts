// Bundles the explorer page (web/) into dist/explorer with esbuild: one script, the page and its
// stylesheet; everything local, nothing fetched at run time. Run by `npm run build:explorer`,
// before `npm start`, and by the browser tests.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXPLORER_DIST = join(root, 'dist', 'explorer');

export async function buildExplorer(outDir = EXPLORER_DIST): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'web', 'src', 'main.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'styles.css']) copyFileSync(join(root, 'web', file), join(outDir, file));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildExplorer();
}
