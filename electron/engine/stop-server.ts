import type { ServerLaunch } from './launch-server';

/** SIGTERM (llama-server exits cleanly in milliseconds), then SIGKILL if it has not gone in time. */
export async function stopServer(launch: ServerLaunch, timeoutMs: number): Promise<void> {
  if (launch.exit) return;
  launch.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    launch.exited.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut) launch.child.kill('SIGKILL');
  await launch.exited;
}
