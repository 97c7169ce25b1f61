import { useSyncExternalStore } from 'react';
import { DEFAULT_PURPOSE } from '@hub/policies/vocabulary';

// The signed-in session lives in this tab's sessionStorage only: never localStorage, never a cookie.
export interface Session {
  token: string;
  /** From the gateway's `me`, not from the token: the server's word on who this is. */
  viewer: { sub: string; name: string; agency: string; role: string };
  purpose: string;
}

const KEY = 'hub.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;

export function getSession(): Session | null {
  if (cached === undefined) {
    try {
      cached = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    } catch {
      cached = null;
    }
  }
  return cached;
}

export function setSession(session: Session | null): void {
  cached = session;
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function setPurpose(purpose: string): void {
  const session = getSession();
  if (session && session.purpose !== purpose) setSession({ ...session, purpose });
}

export function useSession(): Session | null {
  return useSyncExternalStore((listener) => (listeners.add(listener), () => listeners.delete(listener)), getSession);
}

/** A privacy officer works under AUDIT; everyone else starts with the default, care coordination. */
export const defaultPurpose = (role: string) => (role === 'PRIVACY_OFFICER' ? 'AUDIT' : DEFAULT_PURPOSE);

/** The purposes a viewer may choose; AUDIT is the privacy office's alone. */
export const purposesFor = (role: string) =>
  role === 'PRIVACY_OFFICER' ? ['AUDIT'] : ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED', 'PROSECUTION'];

/** Where a viewer lands after signing in: the privacy office's console, or the caseload. */
export const landingFor = (role: string) => (role === 'PRIVACY_OFFICER' ? '/privacy' : '/');
