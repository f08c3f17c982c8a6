// Credentials for auth tests: JWTs signed like an identity provider would, and API keys.
import { SignJWT } from 'jose';
import { sha256Hex } from '../../src/api/auth/api-keys.js';

export const SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const ISSUER = 'https://id.example.test/';
export const AUDIENCE = 'haidian-graph';

export const EDITOR_KEY = 'editor-key-6f1d2c9a8b7e4f3a2b1c0d9e8f7a6b5c';
export const READER_KEY = 'reader-key-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d';

export const AUTH_ENV = {
  AUTH_JWT_SECRET: SECRET,
  AUTH_ISSUER: ISSUER,
  AUTH_AUDIENCE: AUDIENCE,
  API_KEYS: `${sha256Hex(EDITOR_KEY)}:editor, ${sha256Hex(READER_KEY)}:reader`,
};

export interface TokenOptions {
  roles?: string[] | string;
  secret?: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token that has already expired. */
  expiresIn?: number;
}

export function token({ roles = ['editor'], secret = SECRET, issuer = ISSUER, audience = AUDIENCE, expiresIn = 600 }: TokenOptions = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('planner-1')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(now - 3600)
    .setExpirationTime(now + expiresIn)
    .sign(new TextEncoder().encode(secret));
}

export const bearer = async (options?: TokenOptions) => ({ authorization: `Bearer ${await token(options)}` });
