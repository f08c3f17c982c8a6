// Bearer tokens: JWTs verified with jose against an HS256 secret or an identity provider's JWKS,
// with issuer, audience and expiry checked.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';

export interface JwtSettings {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export type JwtVerifier = (token: string) => Promise<JWTPayload>;

/** Why a token was refused, in words a client can act on; never the token itself. */
export class TokenRejected extends Error {}

export function createJwtVerifier(settings: JwtSettings): JwtVerifier | null {
  const options: JWTVerifyOptions = {
    issuer: settings.issuer,
    audience: settings.audience,
    requiredClaims: ['exp'],
  };
  if (settings.jwksUrl) {
    const keys = createRemoteJWKSet(new URL(settings.jwksUrl));
    return (token) => payloadOrRejection(jwtVerify(token, keys, options));
  }
  if (settings.secret) {
    const secret = new TextEncoder().encode(settings.secret);
    return (token) => payloadOrRejection(jwtVerify(token, secret, { ...options, algorithms: ['HS256'] }));
  }
  return null;
}

async function payloadOrRejection(verification: Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await verification).payload;
  } catch (error) {
    throw new TokenRejected(describe(error));
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key the identity provider does not publish';
  if (error instanceof errors.JWKSTimeout) return "the identity provider's keys could not be fetched in time";
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm this server does not accept';
  return 'the token is not a valid JWT';
}
