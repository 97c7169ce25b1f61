import http from 'node:http';
import https from 'node:https';
import type { Viewer, YouthFacts } from '@hub/policies';
import { signServiceToken } from '@hub/protocol';

/** Where a subgraph learns, per request, what the registry knows of (viewer, youths). */
export interface AccessFactsSource {
  /** One call for all the youths of an operation; returns facts in the order asked. */
  load(viewer: Viewer, youthIds: readonly string[]): Promise<YouthFacts[]>;
}

export class AccessFactsUnavailable extends Error {}

/** A reused keep-alive socket reset before any answer (Node's docs: safe to retry on a new one). */
class StaleSocketError extends Error {}

/** More than any honest answer for MAX_YOUTHS youths: a bigger one is refused, not buffered. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/**
 * The registry's /access-facts endpoint, authenticated as this service. Every request of every
 * subgraph makes this call, so it goes over node:http with kept-alive connections: the WHATWG
 * fetch cost each subgraph more CPU than its own GraphQL execution under load.
 */
export function httpFactsSource(opts: {
  registryUrl: string;
  service: string;
  key: Uint8Array;
  timeoutMs?: number;
}): AccessFactsSource {
  const url = new URL('/access-facts', opts.registryUrl);
  const client = url.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true });
  return {
    async load(viewer, youthIds) {
      const body = JSON.stringify({ viewer, youthIds });
      let answer: { status: number; text: string };
      const attempt = async () =>
        post(client, url, agent, body, await signServiceToken(opts.key, opts.service, body), opts.timeoutMs ?? 5000);
      try {
        answer = await attempt().catch((error: unknown) => {
          // A kept-alive socket the registry closed as this request went out: nothing was read,
          // so the read is asked once more, on a new connection and with a new token.
          if (error instanceof StaleSocketError) return attempt();
          throw error;
        });
      } catch (cause) {
        throw new AccessFactsUnavailable('the registry did not answer', { cause });
      }
      if (answer.status !== 200) throw new AccessFactsUnavailable(`the registry answered ${answer.status}`);
      let facts: unknown;
      try {
        facts = (JSON.parse(answer.text) as { facts?: unknown }).facts;
      } catch (cause) {
        throw new AccessFactsUnavailable('the registry answered with something other than JSON', { cause });
      }
      if (
        !Array.isArray(facts) ||
        facts.length !== youthIds.length ||
        facts.some((f: YouthFacts | null, i) => f?.youthId !== youthIds[i])
      ) {
        throw new AccessFactsUnavailable('the registry answered for other youths');
      }
      return facts as YouthFacts[];
    },
  };
}

function post(
  client: typeof http | typeof https,
  url: URL,
  agent: http.Agent,
  body: string,
  token: string,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) request.destroy(new Error('the answer is too large'));
          else chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      const stale = request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      reject(stale ? new StaleSocketError(error.message, { cause: error }) : error);
    });
    request.end(body);
  });
}
