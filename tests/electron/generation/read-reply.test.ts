import { describe, expect, it } from 'vitest';
import { readReply } from '../../../electron/generation/read-reply';
import { descriptionOutputSchema, listingLimitsFor } from '../../../shared/domain/listing-output';

const schema = descriptionOutputSchema(listingLimitsFor('generic', 50));
const reply = (content: string | null, finish_reason = 'stop') => ({ choices: [{ index: 0, finish_reason, logprobs: null, message: { role: 'assistant', content, refusal: null } }] }) as any;

describe('readReply', () => {
  it('accepts valid JSON, also inside a code fence', () => {
    expect(readReply(reply('{"description":"A mug."}'), schema)).toEqual({ ok: true, value: { description: 'A mug.' } });
    expect(readReply(reply('```json\n{"description":"A mug."}\n```'), schema)).toEqual({ ok: true, value: { description: 'A mug.' } });
  });

  it('treats finish_reason length as truncated even when the text happens to parse', () => {
    expect(readReply(reply('{"description":"A mug."}', 'length'), schema)).toMatchObject({ ok: false, failure: { kind: 'truncated' } });
  });

  it('reports half-written JSON, a wrong shape and an empty answer as unparsable', () => {
    expect(readReply(reply('{"description":"A m'), schema)).toMatchObject({ ok: false, failure: { kind: 'unparsable', detail: expect.stringMatching(/not valid JSON/) } });
    expect(readReply(reply('{"title":"x"}'), schema)).toMatchObject({ ok: false, failure: { kind: 'unparsable', detail: expect.stringMatching(/description/) } });
    expect(readReply(reply(null), schema)).toMatchObject({ ok: false, failure: { kind: 'unparsable' } });
    expect(readReply({ choices: [] } as any, schema)).toMatchObject({ ok: false, failure: { kind: 'unparsable' } });
  });
});
