import { describe, expect, it } from 'vitest';
import { refusedTokenMessage } from '../../src/auth/refusal.ts';

const jwt = (claims: Record<string, unknown>) =>
  `${btoa(JSON.stringify({ alg: 'ES256' }))}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('what the person signing in is told when the hub refuses their token', () => {
  it('names the claims the provider left out', () => {
    expect(refusedTokenMessage(jwt({ sub: 'p-1', name: 'Pat Unassigned' }))).toBe(
      'You signed in as Pat Unassigned, but your account has no agency and no role for the hub ' +
        '(the access token carries no "agency" and no "role" claim). Ask the administrator of your sign-in ' +
        'service; until it is fixed the hub cannot show you anything.',
    );
    expect(refusedTokenMessage(jwt({ sub: 'p-1', agency: 'HEALTH' }))).toMatch(
      /^You signed in as p-1, but your account has no role for the hub \(the access token carries no "role" claim\)/,
    );
  });

  it('says when the role does not belong to the agency, and when the token is not a JWT', () => {
    expect(refusedTokenMessage(jwt({ sub: 'x', agency: 'CHILD_WELFARE', role: 'PROSECUTOR' }))).toMatch(
      /role \(PROSECUTOR\) does not belong to its agency \(CHILD_WELFARE\)/,
    );
    expect(refusedTokenMessage('opaque-random-string')).toMatch(/needs a signed JWT access token/);
    expect(refusedTokenMessage(jwt({ sub: 'x', agency: 'HEALTH', role: 'CLINICIAN' }))).toMatch(
      /did not accept the access token/,
    );
  });
});
