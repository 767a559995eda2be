#!/usr/bin/env node
// Offline check of the packaging config (stack.md §9): the Electron binary cannot be downloaded
// here, so electron-builder packs against a dummy "electron" file that carries a fuse wire.
// That still runs config validation, file globbing, asar packing and fuse flipping, and lets us
// read the flipped fuses back.
//
// Usage: node scripts/check-builder-config.mjs [--skip-build]
// Prints "check-builder-config: N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const ELECTRON_VERSION = require('electron/package.json').version;
const started = Date.now();
const results = [];

function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

function run(label, bin, args) {
  const t0 = Date.now();
  const res = spawnSync(join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  check(`${label} exits 0`, res.status === 0, `${seconds} s`);
  if (res.status !== 0)
    console.log(`${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-25).join('\n'));
  return res.status === 0;
}

// Fuse wire as @electron/fuses expects it: sentinel, version 1, length, then one byte per fuse
// ('0' disabled, '1' enabled). Start from Electron's shipped defaults so a config that forgets a
// fuse is caught.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  ['runAsNode', '1', false],
  ['enableCookieEncryption', '0', true],
  ['enableNodeOptionsEnvironmentVariable', '1', false],
  ['enableNodeCliInspectArguments', '1', false],
  ['enableEmbeddedAsarIntegrityValidation', '0', true],
  ['onlyLoadAppFromAsar', '0', true],
  ['loadBrowserProcessSpecificV8Snapshot', '0', false],
  ['grantFileProtocolExtraPrivileges', '1', false],
];

function dummyElectron(dir) {
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "dummy electron for offline packaging checks"\nexit 0\n#'),
    Buffer.from(SENTINEL),
    Buffer.from([1, FUSES.length]),
    Buffer.from(FUSES.map(([, shipped]) => shipped).join('')),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), wire, { mode: 0o755 });
}

const skipBuild = process.argv.includes('--skip-build');
if (!skipBuild) run('electron-vite build', 'electron-vite', ['build']);
for (const file of ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']) {
  check(`${file} exists`, existsSync(join(root, file)));
}

const dist = mkdtempSync(join(tmpdir(), 'gt-electron-dist-'));
try {
  dummyElectron(dist);
  const packed = run('electron-builder --dir --linux', 'electron-builder', [
    '--dir',
    '--linux',
    '--publish',
    'never',
    `-c.electronDist=${dist}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
  ]);
  const unpacked = join(root, 'release', 'linux-unpacked');
  const asarPath = join(unpacked, 'resources', 'app.asar');
  check('release/linux-unpacked/resources/app.asar exists', packed && existsSync(asarPath));

  if (existsSync(asarPath)) {
    const asar = require('@electron/asar');
    const entries = new Set(
      asar.listPackage(asarPath, { isPack: false }).map((p) => p.replaceAll('\\', '/')),
    );
    const sizeMb = statSync(asarPath).size / (1024 * 1024);
    check(
      'app.asar is small (< 30 MB)',
      sizeMb < 30,
      `${sizeMb.toFixed(1)} MB, ${entries.size} entries`,
    );
    for (const needed of [
      '/package.json',
      '/out/main/main.js',
      '/out/preload/preload.cjs',
      '/out/renderer/index.html',
    ]) {
      check(`app.asar contains ${needed}`, entries.has(needed));
    }
    const stray = [...entries].filter((p) =>
      /^\/(node_modules|electron|renderer|shared|cli|test|scripts|bench|out\/web)(\/|$)|\.map$|\.ts$/.test(
        p,
      ),
    );
    check(
      'app.asar holds only out/** and package.json',
      stray.length === 0,
      stray.slice(0, 5).join(', '),
    );
    const pkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
    check('packaged package.json has main out/main/main.js', pkg.main === 'out/main/main.js');
  }

  const binary = join(unpacked, 'greenthread');
  if (existsSync(binary)) {
    const bytes = readFileSync(binary);
    const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
    for (const [i, [name, , wanted]] of FUSES.entries()) {
      const state = String.fromCharCode(bytes[at + 2 + i]);
      check(`fuse ${name} = ${wanted}`, state === (wanted ? '1' : '0'), `wire '${state}'`);
    }
  } else {
    check('packed executable release/linux-unpacked/greenthread exists', false);
  }
} finally {
  rmSync(dist, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `check-builder-config: ${results.length - failed} passed, ${failed} failed in ${seconds} s`,
);
process.exit(failed === 0 ? 0 : 1);
