import http from 'node:http';
import https from 'node:https';

/**
 * Keep-alive on every internal hop (gateway to subgraph, subgraph to registry), with the client
 * always the first to let an idle connection go: a server that closes a kept-alive socket just as
 * the client reuses it resets a request that was already on its way (`ECONNRESET`, "socket hang
 * up"). Node's server closes an idle socket after `keepAliveTimeout` (5 s by default); Node's
 * `http.Agent` with no `timeout` keeps an idle socket for ever and ignores the server's
 * `Keep-Alive: timeout=` hint (it only ever shortens a timeout it has), which is the race the bench
 * saw. So the values are set here, once, for both ends, and a test keeps their order.
 */
export const INTERNAL_KEEP_ALIVE = Object.freeze({
  /** A server closes a connection idle this long. */
  serverKeepAliveTimeoutMs: 10_000,
  /** A server waits this long for a request's headers; more than the keep-alive timeout, as Node advises. */
  serverHeadersTimeoutMs: 15_000,
  /** A client closes a pooled connection idle this long: half the server's, so it always goes first. */
  clientIdleTimeoutMs: 5_000,
});

/** Sets the internal keep-alive timeouts on a server of the hub (the gateway's, every subgraph's). */
export function keepAliveServer<S extends http.Server>(server: S): S {
  server.keepAliveTimeout = INTERNAL_KEEP_ALIVE.serverKeepAliveTimeoutMs;
  server.headersTimeout = INTERNAL_KEEP_ALIVE.serverHeadersTimeoutMs;
  return server;
}

/** A kept-alive connection pool for one internal destination, idle sockets closed before the server's. */
export function internalAgent(url: URL): http.Agent {
  const client = url.protocol === 'https:' ? https : http;
  return new client.Agent({ keepAlive: true, timeout: INTERNAL_KEEP_ALIVE.clientIdleTimeoutMs });
}

export interface InternalAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface InternalPost {
  agent: http.Agent;
  body: string;
  /** The request's headers, made again for a second attempt (a one-time token or signature is new). */
  headers: () => Promise<Record<string, string>>;
  timeoutMs: number;
  /** A bigger answer is refused, not buffered. */
  maxAnswerBytes: number;
  /**
   * Whether the request may be sent a second time: a read, never a mutation. Asked only when a
   * kept-alive connection was reset before any answer.
   */
  retryable: () => boolean;
}

/** A reused kept-alive socket reset before any answer: Node's docs say such a request may be retried. */
export class StaleConnectionError extends Error {}

/**
 * POSTs over node:http (not WHATWG fetch: its streams cost the hub's processes more CPU than their
 * own work) on the kept-alive `agent`. A reused connection the peer reset before any byte of an
 * answer (ECONNRESET, EPIPE) is asked once more, when `retryable()`, on a new connection and with
 * new headers. Anything else (a refused connection, a timeout, a reset after the answer began)
 * fails as it is.
 */
export async function internalPost(url: URL, opts: InternalPost): Promise<InternalAnswer> {
  try {
    return await attempt(url, opts, opts.agent, await opts.headers());
  } catch (error) {
    if (!(error instanceof StaleConnectionError) || !opts.retryable()) throw error;
    // A fresh connection, not another pooled one that may have gone idle as long as the first.
    return attempt(url, opts, false, await opts.headers());
  }
}

function attempt(
  url: URL,
  opts: InternalPost,
  agent: http.Agent | false,
  headers: Record<string, string>,
): Promise<InternalAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = client.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(opts.body) },
        signal: AbortSignal.timeout(opts.timeoutMs),
      },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxAnswerBytes) request.destroy(new Error('the answer is too large'));
          else chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      const stale = !answered && request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      reject(stale ? new StaleConnectionError(error.message, { cause: error }) : error);
    });
    request.end(opts.body);
  });
}
