// Browser tests of the dashboard: Debian's chromium (no browser download) against a
// real `dyad serve` started by serve.js on a free loopback port with a fresh data dir.
// Run with scripts/test-web (sets NODE_PATH to web/node_modules).
const path = require('node:path');
const { defineConfig } = require('@playwright/test');

const root = path.resolve(__dirname, '../..');

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.js$/,
  outputDir: path.join(root, 'build/web-test-results'),
  globalSetup: require.resolve('./serve.js'),
  timeout: 30000,
  expect: { timeout: 10000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.DYAD_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] },
    reducedMotion: 'reduce', // the dashboard turns chart animation off for this
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  },
});
