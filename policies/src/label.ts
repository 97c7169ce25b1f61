/**
 * A youth's readable label, "Youth 187D": the first four hex digits of the hub id, upper case.
 * Derived from the id alone, so it is the same on every page and for every viewer, and reveals
 * nothing the id does not; it is shown where the viewer may not see the name. It is not unique
 * across the county (65,536 labels): the hub id stays the key, the label is for reading aloud.
 * Free of CASL and of Node, so the web app imports it too (through @hub/policies/vocabulary).
 */
export function youthLabel(id: string): string {
  return `Youth ${labelCode(id)}`;
}

/** The four characters of the label. */
export const labelCode = (id: string): string => id.replace(/-/g, '').slice(0, 4).toUpperCase();

/**
 * The label code a search names, if it is one: "Youth 187D", "youth 187d" or "187D". Searching by
 * it finds the youths of the caseload whose hub id begins with those hex digits.
 */
export function labelInSearch(search: string): string | null {
  const m = /^\s*(?:youth\s+)?([0-9a-f]{4})\s*$/i.exec(search);
  return m ? m[1]!.toLowerCase() : null;
}
