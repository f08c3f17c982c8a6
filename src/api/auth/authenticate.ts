// Turns a request's credentials into a Viewer: a bearer JWT (Authorization header) or an API
// key (X-API-Key header). No credentials: anonymous. Credentials that fail: UNAUTHENTICATED,
// never a silent downgrade to anonymous.
import type { Config } from '../../config.js';
import { apiError, ErrorCode } from '../errors.js';
import { parseApiKeys, sha256Hex } from './api-keys.js';
import { createJwtVerifier, TokenRejected } from './jwt.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export type AuthConfig = Pick<
  Config,
  'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_ROLE_CLAIM' | 'AUTH_EDITOR_ROLE' | 'API_KEYS'
>;

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

export type Authenticator = (credentials: Credentials) => Promise<Viewer>;

function unauthenticated(message: string) {
  return apiError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

function rolesIn(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(/[\s,]+/).filter((r) => r.length > 0);
  if (Array.isArray(claim)) return claim.filter((r): r is string => typeof r === 'string');
  return [];
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  const verifyJwt = createJwtVerifier({
    secret: config.AUTH_JWT_SECRET,
    jwksUrl: config.AUTH_JWKS_URL,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
  const apiKeys = parseApiKeys(config.API_KEYS);
  const viewer = (subject: string, roles: string[]): Viewer => ({
    subject,
    roles,
    canEdit: roles.includes(config.AUTH_EDITOR_ROLE),
  });

  return async ({ authorization, apiKey }) => {
    if (apiKey !== undefined) {
      const grant = apiKeys.get(sha256Hex(apiKey));
      if (!grant) throw unauthenticated('the API key is not valid');
      return viewer(grant.subject, [grant.role]);
    }
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!bearer) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    if (!verifyJwt) throw unauthenticated('this server is configured to accept no bearer tokens');
    try {
      const payload = await verifyJwt(bearer);
      return viewer(payload.sub ?? 'jwt', rolesIn(payload[config.AUTH_ROLE_CLAIM]));
    } catch (error) {
      if (error instanceof TokenRejected) throw unauthenticated(error.message);
      throw error;
    }
  };
}
