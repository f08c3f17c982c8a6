// API keys: the configuration holds only the sha-256 of each key with its role, so a leaked
// configuration does not leak the keys. Keys are long random strings, so a plain hash suffices.
import { createHash } from 'node:crypto';

export interface ApiKeyGrant {
  subject: string;
  role: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Parses "<sha-256 hex>:<role>" entries; throws on a malformed one so a typo stops the server at start. */
export function parseApiKeys(entries: readonly string[]): Map<string, ApiKeyGrant> {
  const grants = new Map<string, ApiKeyGrant>();
  for (const entry of entries) {
    const match = /^([0-9a-f]{64}):([\w-]+)$/i.exec(entry);
    if (!match?.[1] || !match[2]) throw new Error(`API_KEYS: expected "<sha-256 hex>:<role>", got "${entry.slice(0, 12)}…"`);
    const hash = match[1].toLowerCase();
    // The subject names the key without revealing it: the first 8 hex digits of its hash.
    grants.set(hash, { subject: `api-key:${hash.slice(0, 8)}`, role: match[2] });
  }
  return grants;
}
