import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron'));
const fake = await import('../../mocks/electron');
const { runSteps, setupShutdown } = await import('../../../electron/main/shutdown');

beforeEach(() => fake.resetFakeElectron());

describe('setupShutdown', () => {
  it('holds the quit until every step ran, even after one fails, then quits once', async () => {
    const order: string[] = [];
    setupShutdown([
      async () => {
        await new Promise((r) => setTimeout(r, 20));
        order.push('engine stopped');
      },
      () => {
        throw new Error('boom');
      },
      () => {
        order.push('core closed');
      },
    ]);
    const first = fake.fakeEvent();
    fake.app.emit('before-quit', first);
    const again = fake.fakeEvent();
    fake.app.emit('before-quit', again);
    expect(first.defaultPrevented && again.defaultPrevented).toBe(true);
    expect(fake.app.quitCalls).toBe(0);
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1));
    expect(order).toEqual(['engine stopped', 'core closed']);
    const last = fake.fakeEvent();
    fake.app.emit('before-quit', last);
    expect(last.defaultPrevented).toBe(false);
  });

  it('gives up waiting on a step that hangs after the grace period', async () => {
    const started = Date.now();
    await runSteps([() => new Promise(() => {})], 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
