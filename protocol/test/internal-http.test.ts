import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { INTERNAL_KEEP_ALIVE, internalAgent, keepAliveServer } from '../src/internal-http.ts';

describe('keep-alive on the internal hops', () => {
  it('has every client let an idle connection go before the server would', () => {
    const { clientIdleTimeoutMs, serverKeepAliveTimeoutMs, serverHeadersTimeoutMs } = INTERNAL_KEEP_ALIVE;
    // Node's agent closes its side early by 1 s at most on a server's hint; ours leaves a wide margin.
    expect(clientIdleTimeoutMs).toBeLessThanOrEqual(serverKeepAliveTimeoutMs - 2000);
    expect(serverHeadersTimeoutMs).toBeGreaterThan(serverKeepAliveTimeoutMs);
    const agent = internalAgent(new URL('http://registry.internal/access-facts'));
    expect((agent as unknown as { options: object }).options).toMatchObject({
      keepAlive: true,
      timeout: clientIdleTimeoutMs,
    });
    const server = keepAliveServer(createServer());
    expect([server.keepAliveTimeout, server.headersTimeout]).toEqual([
      serverKeepAliveTimeoutMs,
      serverHeadersTimeoutMs,
    ]);
    // Node's defaults, which a server of the hub must not keep: a 5 s keep-alive and no client timeout.
    expect(createServer().keepAliveTimeout).toBe(5000);
  });
});
