// Global setup: starts `dyad serve` (DYAD_BIN, default build/dyad) on a free loopback
// port with a fresh data directory, waits for its "serving on" line, and hands the URL
// to the tests as DYAD_URL. The returned function stops it (SIGTERM) and removes the dir.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const bin = process.env.DYAD_BIN || path.join(root, 'build/dyad');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Starts `dyad --data <data> serve` on a free loopback port; resolves to
// {url, stop} once it prints its "serving on" line.
async function startServe(data) {
  const port = await freePort();
  const child = spawn(bin, ['--data', data, 'serve', '--bind', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`dyad serve did not start in 20 s:\n${err}`)), 20000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /dyad: serving on (http:\/\/\S+)\r?\n/.exec(err); // the whole line: stderr may arrive in pieces
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`dyad serve exited with ${code}:\n${err}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  return { url, stop };
}

// A fresh data directory (removed by the caller).
function freshDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-web-test-'));
}

async function globalSetup() {
  const data = freshDataDir();
  const server = await startServe(data);
  process.env.DYAD_URL = server.url;
  process.env.DYAD_SHARED = process.env.DYAD_SHARED || path.resolve(root, '../shared');
  return async () => {
    await server.stop();
    fs.rmSync(data, { recursive: true, force: true });
  };
}

module.exports = globalSetup;
module.exports.startServe = startServe;
module.exports.freshDataDir = freshDataDir;
module.exports.bin = bin;
