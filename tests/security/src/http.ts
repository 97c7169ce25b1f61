import { expect } from 'vitest';
import type { Hub } from '../../src/hub.ts';

export interface RawAnswer {
  status: number;
  text: string;
  json: any;
  headers: Headers;
}

/**
 * What must never reach a client, whatever it sent: a stack frame, a source or module path, a
 * database's or a driver's words, an internal address.
 */
const DISCLOSURE =
  /\bat .+\(|node_modules|\/src\/|stacktrace|ECONNREFUSED|127\.0\.0\.1|postgres|pglite|drizzle|syntax error at|relation "|\bSELECT\b|\bINSERT\b/i;

export function expectNothingInternal(text: string) {
  expect(text).not.toMatch(DISCLOSURE);
}

/** Sends anything to the gateway (or a path on it) and checks the answer discloses nothing internal. */
export async function send(
  hub: Hub | string,
  init: RequestInit & { path?: string; persona?: string | null },
): Promise<RawAnswer> {
  const base = typeof hub === 'string' ? hub : hub.url;
  const headers = new Headers(init.headers);
  if (init.persona && typeof hub !== 'string') headers.set('authorization', `Bearer ${await hub.token(init.persona)}`);
  const response = await fetch(`${base}${init.path ?? '/graphql'}`, { ...init, headers });
  const text = await response.text();
  expectNothingInternal(text);
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the caller asserts on text
  }
  return { status: response.status, text, json, headers: response.headers };
}

/** A JSON GraphQL POST as a persona (or with the headers given). */
export function post(
  hub: Hub,
  persona: string | null,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return send(hub, {
    method: 'POST',
    persona,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A validation refusal: 400, no data at all, one error with this message. */
export function expectRefused(answer: RawAnswer, message: RegExp, code = 'GRAPHQL_VALIDATION_FAILED') {
  expect(answer.status).toBe(400);
  expect(answer.json.data).toBeUndefined();
  expect(answer.json.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(message);
  expect(answer.json.errors[0].extensions.code).toBe(code);
}
