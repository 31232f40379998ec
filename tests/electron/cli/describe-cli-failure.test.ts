import { describe, expect, it } from 'vitest';
import { describeCliFailure } from '../../../electron/cli/describe-cli-failure';
import { AppError } from '../../../shared/errors';

describe('describeCliFailure', () => {
  it("passes the shop owner's sentence of an AppError through as it is", () => {
    expect(describeCliFailure(new AppError('not_found', 'There is no library at /x.'), false)).toEqual({ code: 'not_found', message: 'There is no library at /x.' });
  });

  it('shows an unexpected error as one line without a stack trace, and says how to get it', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const { code, message } = describeCliFailure(bug, false);
    expect(code).toBe('internal');
    expect(message).toBe("Unexpected failure: Cannot read properties of undefined (reading 'id'). Run the command again with --verbose to see the details for a bug report.");
    expect(message).not.toContain(' at ');
  });

  it('adds the stack trace under --verbose', () => {
    const bug = new TypeError('boom');
    expect(describeCliFailure(bug, true).message).toBe(`Unexpected failure: ${bug.stack}`);
    expect(describeCliFailure('a thrown string', true).message).toBe('Unexpected failure: a thrown string');
  });
});
