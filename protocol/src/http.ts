import type { IncomingMessage, ServerResponse } from 'node:http';
import { loggableError } from './log-safe.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

/** Reads a request body as text, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `Request body larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** A GraphQL-shaped error answer for failures before execution. */
export function sendError(res: ServerResponse, status: number, message: string, code: string) {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** The last word on a request that failed before or outside GraphQL: its own error, or a masked 500. */
export function sendFailure(res: ServerResponse, error: unknown, log: (message: string, detail?: unknown) => void) {
  if (res.headersSent) return void res.destroy();
  if (error instanceof HttpError) {
    // The rest of an oversized body is never read: close the connection rather than reuse it.
    if (error.status === 413) res.shouldKeepAlive = false;
    return sendError(res, error.status, error.message, error.code);
  }
  log('request failed', loggableError(error));
  sendError(res, 500, 'Internal error', 'INTERNAL_SERVER_ERROR');
}
