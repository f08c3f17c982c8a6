// Secrets only from the environment: config.ts is the one reader of process.env, no secret has a
// default, and an API key in the configuration is its hash, never the key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/api/auth/authenticate.js';
import { loadConfig } from '../../src/config.js';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('secrets', () => {
  it('are read from the environment by src/config.ts alone', () => {
    const readers = sourceFiles('src').filter((file) => readFileSync(file, 'utf8').includes('process.env'));
    expect(readers).toEqual([join('src', 'config.ts')]);
  });

  it('have no defaults: without an environment the server accepts no credentials at all', async () => {
    const config = loadConfig({});
    expect([config.AUTH_JWT_SECRET, config.AUTH_JWKS_URL, config.API_KEYS]).toEqual([undefined, undefined, []]);
    const authenticate = createAuthenticator(config);
    await expect(authenticate({ authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' })).rejects.toThrow(/accept no bearer tokens/);
    await expect(authenticate({ apiKey: 'anything' })).rejects.toThrow(/API key is not valid/);
  });

  it('refuse a short JWT secret and an API key given in clear instead of its hash', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET: must be at least 32 characters/);
    expect(() => createAuthenticator(loadConfig({ API_KEYS: 'my-plain-key:editor' }))).toThrow(/sha-256 hex/);
  });
});
