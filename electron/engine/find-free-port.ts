import net from 'node:net';

/**
 * A loopback port the OS just handed out. Another process could take it before llama-server
 * binds, so the supervisor still treats "port in use" as a reason to relaunch on a new port.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close((err) => (err ? reject(err) : port ? resolve(port) : reject(new Error('The OS did not assign a port'))));
    });
  });
}
