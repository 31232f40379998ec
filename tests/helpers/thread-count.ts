import fs from 'node:fs';

/**
 * This process's threads that run Node itself (main, V8 helpers, libuv pool, worker_threads),
 * from /proc/self/task: they carry the process's name, while native pools sharp grows and shrinks
 * on its own name theirs ("libvips worker", "[pango] fontcon…"). A worker_thread that is still
 * running counts here; Linux only.
 */
export function nodeThreadCount(): number {
  const processName = fs.readFileSync('/proc/self/comm', 'utf8').trim();
  return fs.readdirSync('/proc/self/task').filter((task) => {
    try {
      return fs.readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim() === processName;
    } catch {
      return false; // the thread ended while being listed
    }
  }).length;
}
