import { app } from 'electron';

export type StopStep = () => void | Promise<void>;

/**
 * Stops child services and closes the core once, before Electron exits: quitting is held until
 * every step settles (or the grace period passes), so no llama-server or open database outlives the app.
 */
export function setupShutdown(steps: readonly StopStep[], graceMs = 5000): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    runSteps(steps, graceMs).then(() => {
      state = 'stopped';
      app.quit();
    });
  });
}

export async function runSteps(steps: readonly StopStep[], graceMs: number): Promise<void> {
  const all = (async () => {
    for (const step of steps) {
      try {
        await step();
      } catch (err) {
        console.error('A shutdown step failed:', err);
      }
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`Shutdown took longer than ${graceMs} ms; quitting anyway.`);
      resolve();
    }, graceMs);
  });
  await Promise.race([all, grace]);
  clearTimeout(timer);
}
