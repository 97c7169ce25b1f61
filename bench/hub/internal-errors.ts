/** The codes of a failure, not of a decision: a keep-alive race shows here as SUBGRAPH_UNAVAILABLE or INTERNAL_SERVER_ERROR. */
export const INTERNAL_CODES = ['INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE', 'DISCLOSURE_NOT_RECORDED'];
export const INTERNAL_CODE = new RegExp(`"code":"(${INTERNAL_CODES.join('|')})"`);

/** What a failed response says about itself, short: the status and each internal error's code, path and message. */
export function internalErrorSample(status: number, body: string): string {
  try {
    const errors = (
      JSON.parse(body) as { errors?: { message?: string; path?: unknown[]; extensions?: { code?: string } }[] }
    ).errors;
    const internal = (errors ?? []).filter((e) => INTERNAL_CODES.includes(e.extensions?.code ?? ''));
    const described = internal.map((e) => `${e.extensions?.code} at ${(e.path ?? []).join('.')}: ${e.message}`);
    return `${status} ${described.join('; ') || body}`.slice(0, 400);
  } catch {
    return `${status} ${body}`.slice(0, 400);
  }
}
