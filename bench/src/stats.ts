/** The arithmetic both benches report with. */
export const round2 = (n: number) => Math.round(n * 100) / 100;
export const round3 = (n: number) => Math.round(n * 1000) / 1000;
/** Milliseconds per request, to the microsecond. */
export const perRequest = (ms: number, requests: number) => round3(ms / requests);

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The nearest-rank percentile of an ascending list (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** CPU milliseconds between two process.cpuUsage()-shaped samples (microseconds). */
export const cpuMs = (a: { user: number; system: number }, b: { user: number; system: number }) =>
  (b.user - a.user + (b.system - a.system)) / 1000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
