import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext } from '../../../../electron/ipc/router';

let root: string;
let core: Core;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'library-handler-'));
  core = openCore({ libraryDir: path.join(root, 'library') });
});

afterEach(() => {
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function recordingContext(): { ctx: HandlerContext; events: { event: string; payload: unknown }[] } {
  const events: { event: string; payload: unknown }[] = [];
  return { events, ctx: { emit: (event, payload) => events.push({ event, payload }) } };
}

async function writeShot(name: string, colour: string): Promise<string> {
  const file = path.join(root, name);
  await sharp({ create: { width: 300, height: 200, channels: 3, background: colour } }).jpeg().toFile(file);
  return file;
}

describe('library.import', () => {
  it('imports through the router, emits progress events and returns the result as data', async () => {
    const router = createRouter(createHandlers(core));
    const files = [await writeShot('jug_1.jpg', '#336699'), await writeShot('jug_2.jpg', '#993366')];
    fs.writeFileSync(path.join(root, 'broken.jpg'), '');
    const { ctx, events } = recordingContext();

    const reply = await router.invoke('library.import', { paths: [...files, path.join(root, 'broken.jpg')] }, ctx);

    expect(reply.ok).toBe(true);
    const value = (reply as { value: { productIds: number[]; photosImported: number; errors: { code: string }[] } }).value;
    expect(value.photosImported).toBe(2);
    expect(value.productIds).toHaveLength(1);
    expect(value.errors.map((e) => e.code)).toEqual(['empty']);
    expect(events.map((e) => e.event)).toEqual(['library.importProgress', 'library.importProgress', 'library.importProgress']);
    expect(events.at(-1)?.payload).toMatchObject({ done: 3, total: 3 });
    const rows = core.db.prepare('SELECT original_name, position FROM photos ORDER BY position').all();
    expect(rows).toEqual([
      { original_name: 'jug_1.jpg', position: 0 },
      { original_name: 'jug_2.jpg', position: 1 },
    ]);
  });

  it('rejects an empty path list before the handler runs', async () => {
    const router = createRouter(createHandlers(core));
    const reply = await router.invoke('library.import', { paths: [] }, recordingContext().ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
