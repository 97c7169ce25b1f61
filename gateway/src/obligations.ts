/**
 * Keeps the obligations one subgraph attached to its part of the answer (`extensions.obligations`)
 * in `kept`, for the response to the client: one obligation per code, the consent scopes of every
 * subgraph's releases kept together (a Part 2 notice names each consent a release was made under).
 */
export function keepObligations(kept: Map<string, unknown>, obligations: unknown): void {
  if (!Array.isArray(obligations)) return;
  for (const o of obligations as { code?: unknown; consentScope?: unknown }[]) {
    if (typeof o?.code !== 'string') continue;
    const seen = kept.get(o.code) as { consentScope?: unknown } | undefined;
    const scopes = [seen?.consentScope, o.consentScope].flatMap((s) =>
      Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [],
    );
    kept.set(o.code, scopes.length ? { ...o, consentScope: [...new Set(scopes)] } : o);
  }
}
