// Serves the explorer page bundled by scripts/build-explorer.ts. The page is static; it talks to
// the server only through /graphql like any other client.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

export const EXPLORER_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'dist', 'explorer');

export function explorerPage(dir = EXPLORER_DIR): Router {
  const router = express.Router();
  router.use(express.static(dir, { index: 'index.html', redirect: true }));
  router.use((_req, res) => {
    if (existsSync(join(dir, 'index.html'))) res.status(404).type('text').send('not found');
    else res.status(503).type('text').send('The explorer page is not built: run `npm run build:explorer`.');
  });
  return router;
}
