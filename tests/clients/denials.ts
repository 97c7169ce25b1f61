// How a client reads one field of an answer: released, "none recorded", denied (and why), or missing
// because its agency did not answer. A denied field and an empty one are both `null` in `data`;
// only the error at the field's path tells them apart (docs/clients.md).

export interface HubError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export type FieldState<T> =
  | { state: 'released'; value: T }
  | { state: 'none-recorded' }
  | {
      state: 'denied';
      reason: string;
      category: string;
      agency: string;
      ruleId: string;
      legalBasis: string;
      message: string;
    }
  | { state: 'unavailable'; serviceName: string }
  | { state: 'error'; code: string; message: string };

const samePath = (a: readonly (string | number)[] | undefined, b: readonly (string | number)[]) =>
  !!a && a.length === b.length && a.every((p, i) => p === b[i]);
const isPrefix = (a: readonly (string | number)[] | undefined, b: readonly (string | number)[]) =>
  !!a && a.length <= b.length && a.every((p, i) => p === b[i]);
const text = (x: Record<string, unknown>, key: string) => (typeof x[key] === 'string' ? (x[key] as string) : '');

/**
 * The state of the field at `path` (e.g. ['youth', 'health', 'substanceUse']) given its value in
 * `data` and the answer's errors. An error at the field's path or above it explains a null.
 */
export function fieldState<T>(value: T | null | undefined, errors: readonly HubError[], path: (string | number)[]) {
  const error = errors.find((e) => samePath(e.path, path)) ?? errors.find((e) => isPrefix(e.path, path));
  if (!error) return (value == null ? { state: 'none-recorded' } : { state: 'released', value }) as FieldState<T>;
  const x = error.extensions ?? {};
  const code = text(x, 'code');
  if (code === 'FORBIDDEN') {
    return {
      state: 'denied',
      reason: text(x, 'reason'),
      category: text(x, 'category'),
      agency: text(x, 'agency'),
      ruleId: text(x, 'ruleId'),
      legalBasis: text(x, 'legalBasis'),
      message: error.message,
    } as FieldState<T>;
  }
  if (code === 'SUBGRAPH_UNAVAILABLE')
    return { state: 'unavailable', serviceName: text(x, 'serviceName') } as FieldState<T>;
  return { state: 'error', code, message: error.message } as FieldState<T>;
}
