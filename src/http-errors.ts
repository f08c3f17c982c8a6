// Requests that fail before GraphQL sees them (a body too large, not JSON) still get a GraphQL
// error body with a code, never an HTML page or a stack trace.
import type { ErrorRequestHandler, Response } from 'express';
import { ErrorCode } from './errors.js';
import type { Logger } from './logger.js';

export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** body-parser marks its failures with a `type`; anything else is our fault and says nothing more. */
export function httpErrorHandler(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
    if (type === 'entity.too.large') {
      return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `the request body is larger than the limit of ${bodyLimit}`);
    }
    if (type === 'entity.parse.failed') return sendError(res, 400, ErrorCode.BAD_REQUEST, 'the request body is not valid JSON');
    if (type.startsWith('encoding.') || type === 'charset.unsupported') {
      return sendError(res, 415, ErrorCode.BAD_REQUEST, 'the request body must be UTF-8 JSON');
    }
    logger.error({ err: error }, 'http request failed');
    return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'internal error: the server could not answer this request');
  };
}
