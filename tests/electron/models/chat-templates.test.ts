import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../electron/models/model-catalog';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { guessChatTemplate } from '../../../electron/models/guess-chat-template';
import { renderProbeImage, toDataUrl } from '../../../electron/engine/probe-request';
import { createTestEngine, findTestLlamaServer, type TestEngine } from '../../helpers/llama-server';

const binary = findTestLlamaServer();
const templatesDir = path.join(defaultResourcesDir(), 'models', 'templates');
const MARKER = '<__media_[^>]+__>';

/** What each shipped template must render for [system, user(text + image)] with a generation prompt. */
const EXPECTED: Record<string, RegExp> = {
  'llava-1.5.jinja': new RegExp(`^You write listings\\. USER: Describe this\\.\\n?${MARKER}\\s*ASSISTANT:$`),
  'llava-1.6-mistral.jinja': new RegExp(`^\\[INST\\] You write listings\\.\\n\\nDescribe this\\.\\n?${MARKER}\\s*\\[/INST\\]$`),
  'chatml.jinja': new RegExp(`^<\\|im_start\\|>system\\nYou write listings\\.<\\|im_end\\|>\\n<\\|im_start\\|>user\\nDescribe this\\.\\n?${MARKER}\\s*<\\|im_end\\|>\\n<\\|im_start\\|>assistant\\n$`),
  'gemma3.jinja': new RegExp(`^<start_of_turn>user\\nYou write listings\\.\\n\\nDescribe this\\.\\n?${MARKER}\\s*<end_of_turn>\\n<start_of_turn>model\\n$`),
  'smolvlm.jinja': new RegExp(`^<\\|im_start\\|>System: You write listings\\.<end_of_utterance>\\nUser: Describe this\\.\\n?${MARKER}\\s*<end_of_utterance>\\nAssistant:$`),
};

describe('shipped chat templates', () => {
  it('every template the catalog names has an expectation here, and every file is used', () => {
    const fromCatalog = loadCatalog(defaultResourcesDir()).entries.flatMap((e) => (e.fallbackChatTemplate ? [e.fallbackChatTemplate] : []));
    // Pairs added by path get a guessed template; LLaVA-1.5 pairs (llama + mlp) still need theirs.
    const guessed = [guessChatTemplate('llama', 'mlp')];
    const used = new Set([...fromCatalog, ...guessed]);
    expect([...used].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(fs.readdirSync(templatesDir).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.skipIf(!binary)('shipped chat templates in the real llama-server (tiny model, --chat-template-file)', () => {
  let engine: TestEngine | undefined;
  afterEach(async () => {
    await engine?.dispose();
    engine = undefined;
  });

  const messages = (image: string) => [
    { role: 'system', content: 'You write listings.' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Describe this.' },
        { type: 'image_url', image_url: { url: image } },
      ],
    },
  ];

  it.each(Object.keys(EXPECTED))('%s renders the prompt with the image marker and answers an image request', async (file) => {
    engine = createTestEngine(binary!, { chatTemplateFile: path.join(templatesDir, file) });
    await engine.supervisor.start();
    const image = toDataUrl(await renderProbeImage('png'), 'image/png');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${engine.supervisor.apiKey}` };

    const applied = await fetch(`${engine.supervisor.baseURL}/apply-template`, { method: 'POST', headers, body: JSON.stringify({ messages: messages(image) }) });
    expect(applied.status).toBe(200);
    const { prompt } = (await applied.json()) as { prompt: string };
    expect(prompt).toMatch(EXPECTED[file]);

    // Without a media marker in the prompt this is `400 Failed to tokenize prompt` (notes, appendix).
    const reply = await fetch(`${engine.supervisor.baseURL}/v1/chat/completions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'tiny', messages: messages(image), max_tokens: 8, temperature: 0 }),
    });
    const body = (await reply.json()) as { usage?: { prompt_tokens: number }; error?: unknown };
    expect(reply.status, JSON.stringify(body.error)).toBe(200);
    // 16 image tokens for the tiny 32 px / 8 px-patch tower, plus the text.
    expect(body.usage!.prompt_tokens).toBeGreaterThan(16);
  });
});
