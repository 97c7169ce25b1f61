import { describe, expect, it } from 'vitest';
import { statusErrors } from '../../src/pages/mdt/action-item-form.ts';

describe("an action item's status change", () => {
  it('needs a new status, other than the current one', () => {
    expect(statusErrors({ status: '', note: '' }, 'OPEN')).toEqual({ status: 'Choose the new status.' });
    expect(statusErrors({ status: 'OPEN', note: '' }, 'OPEN')).toEqual({
      status: 'Choose a status other than the current one.',
    });
  });
  it('needs a reason to drop an item, not to close or reopen one', () => {
    expect(statusErrors({ status: 'DROPPED', note: '  ' }, 'OPEN')).toEqual({
      note: 'Say why the action item is dropped.',
    });
    expect(statusErrors({ status: 'DROPPED', note: 'Youth moved out of county.' }, 'OPEN')).toEqual({});
    expect(statusErrors({ status: 'DONE', note: '' }, 'OPEN')).toEqual({});
    expect(statusErrors({ status: 'OPEN', note: '' }, 'DONE')).toEqual({});
  });
  it('refuses an oversized note or a NUL byte, in a sentence', () => {
    expect(statusErrors({ status: 'DONE', note: 'x'.repeat(2001) }, 'OPEN').note).toBe(
      'Keep the note to 2000 characters.',
    );
    expect(statusErrors({ status: 'DONE', note: 'a\u0000b' }, 'OPEN').note).toBe(
      'The note contains a character that cannot be stored.',
    );
  });
});
