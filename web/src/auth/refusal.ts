import { ROLE_AGENCY } from '@hub/policies/vocabulary';

// When the hub refuses the token a provider just issued (401 at the first `me`), the gateway says
// only "Invalid or expired token": it tells no caller why. The person signing in is owed more, and
// the token is their own: read (not verified) here, it shows what the provider left out, so they
// can tell their administrator (docs/identity.md, the token contract).

function claimsOf(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const json = atob(parts[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as unknown;
    return claims && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const ASK = 'Ask the administrator of your sign-in service; until it is fixed the hub cannot show you anything.';

/** What to tell the person when the hub refuses the access token their provider issued. */
export function refusedTokenMessage(token: string): string {
  const claims = claimsOf(token);
  if (!claims) {
    return `Your sign-in service gave an access token the hub cannot read: the hub needs a signed JWT access token. ${ASK}`;
  }
  const who = typeof claims.name === 'string' ? claims.name : typeof claims.sub === 'string' ? claims.sub : 'you';
  const missing = (['agency', 'role'] as const).filter((c) => typeof claims[c] !== 'string' || !claims[c]);
  if (missing.length) {
    return (
      `You signed in as ${who}, but your account has no ${missing.join(' and no ')} for the hub ` +
      `(the access token carries no ${missing.map((c) => `"${c}"`).join(' and no ')} claim). ${ASK}`
    );
  }
  const role = claims.role as string;
  if (role in ROLE_AGENCY && ROLE_AGENCY[role as keyof typeof ROLE_AGENCY] !== claims.agency) {
    return `You signed in as ${who}, but your account's role (${role}) does not belong to its agency (${String(claims.agency)}). ${ASK}`;
  }
  return `You signed in as ${who}, but the hub did not accept the access token from your sign-in service (it may be for another audience or issuer, or expired). ${ASK}`;
}
