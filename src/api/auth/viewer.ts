// Who is asking: what the authenticator learnt from the request's credentials.
import { apiError, ErrorCode } from '../errors.js';

export interface Viewer {
  /** The token's subject or the API key's label; null for an anonymous caller. */
  subject: string | null;
  roles: readonly string[];
  /** Whether one of the roles is the configured editor role. */
  canEdit: boolean;
}

export const ANONYMOUS: Viewer = { subject: null, roles: [], canEdit: false };

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for callers without the editor role. */
export function assertEditor(viewer: Viewer): void {
  if (viewer.subject === null) {
    throw apiError(ErrorCode.UNAUTHENTICATED, 'writing needs credentials: a bearer token or an API key with the editor role', {
      http: { status: 401 },
    });
  }
  if (!viewer.canEdit) {
    throw apiError(ErrorCode.FORBIDDEN, 'writing needs the editor role', { http: { status: 403 } });
  }
}
