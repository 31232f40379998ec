import fs from 'node:fs';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One build per cache key at a time: two `npm install`s (or a postinstall and a first use) must
 * not run ninja in the same build folder. Waits while a live process holds the lock; takes over a
 * lock whose holder is gone.
 */
export async function withBuildLock<T>(lockFile: string, work: () => Promise<T>, onWait?: (holder: number) => void): Promise<T> {
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockFile, 'utf8')) || 0;
      if (holder > 0 && isAlive(holder)) {
        onWait?.(holder);
        await new Promise((r) => setTimeout(r, 2000));
      } else {
        fs.rmSync(lockFile, { force: true });
      }
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}
