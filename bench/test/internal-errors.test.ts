import { describe, expect, it } from 'vitest';
import { INTERNAL_CODE, internalErrorSample } from '../hub/internal-errors.ts';

describe("the bench's record of a failed response", () => {
  it('names each internal error by code, path and message, and leaves denials out', () => {
    const body = JSON.stringify({
      data: { youth: null },
      errors: [
        { message: 'Not shared', path: ['youth', 'health'], extensions: { code: 'FORBIDDEN' } },
        { message: 'socket hang up', path: ['youth', 'probation'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
      ],
    });
    expect(INTERNAL_CODE.test(body)).toBe(true);
    expect(internalErrorSample(200, body)).toBe('200 SUBGRAPH_UNAVAILABLE at youth.probation: socket hang up');
  });

  it('keeps a body that is not JSON, short', () => {
    expect(internalErrorSample(502, 'Bad Gateway')).toBe('502 Bad Gateway');
    expect(internalErrorSample(500, 'x'.repeat(1000))).toHaveLength(400);
  });
});
