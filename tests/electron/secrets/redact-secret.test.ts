import { describe, expect, it } from 'vitest';
import { redactSecret } from '../../../electron/secrets/redact-secret';

describe('redactSecret', () => {
  it('masks the key, any bearer token and sk- keys an endpoint echoes', () => {
    const key = 'test-key-0123456789abcdef';
    expect(redactSecret(`400 bad header "Authorization: Bearer ${key}" for ${key}`, key)).toBe('400 bad header "Authorization: Bearer ***" for ***');
    expect(redactSecret('Incorrect API key provided: sk-proj-abcdefghijklmnop', undefined)).toBe('Incorrect API key provided: ***');
  });

  it('leaves ordinary text and very short keys alone', () => {
    expect(redactSecret('Rate limit reached for gpt-4.1-mini', 'abc')).toBe('Rate limit reached for gpt-4.1-mini');
  });
});
