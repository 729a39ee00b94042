// A real redis-server for tests and benchmarks: on a free loopback port, no persistence
// (--save '' --appendonly no), stopped when done. No mocks of Redis anywhere in presslens.
//
//   import { startRedis, hasRedisServer } from '../../scripts/redis.mjs';
//   const redis = await startRedis();   // { url: 'redis://127.0.0.1:PORT', port, stop() }
//   await redis.stop();
//
// Run alone (`node scripts/redis.mjs`), it starts one, prints its URL and stops on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** True when a `redis-server` binary is on the PATH. */
export function hasRedisServer() {
  const result = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  return result.status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ping(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.startsWith('+PONG'));
      }
    });
    socket.on('error', () => resolve(false));
  });
}

/** Start redis-server on a free loopback port; resolves once it answers PING. */
export async function startRedis({ timeoutMs = 10_000 } = {}) {
  if (!hasRedisServer()) throw new Error('redis-server is not installed (Debian: apt-get install redis-server).');
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'presslens-redis-'));
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let exited = false;
    child.on('exit', () => {
      exited = true;
    });
    const started = Date.now();
    while (!exited && Date.now() - started < timeoutMs) {
      if (await ping(port)) {
        const stop = async () => {
          if (!exited) {
            const gone = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            await gone;
          }
          rmSync(dir, { recursive: true, force: true });
        };
        return { url: `redis://127.0.0.1:${port}`, port, pid: child.pid, stop };
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!exited) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    // the port was taken between choosing and binding: try another
  }
  throw new Error('redis-server did not start (3 tries).');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const redis = await startRedis();
  console.log(redis.url);
  const stop = () => void redis.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
