#!/usr/bin/env node
// `npm start`: build and open the desktop window. Electron fetches its binary the first time it
// starts; where that download cannot happen (an office network that reaches only the npm
// registry, a proxy), `electron .` used to end in a stack trace ("Electron failed to install
// correctly"). Here the same app is served to the user's browser on 127.0.0.1 instead, with one
// paragraph that says why and how to get the window later.
//
//   node scripts/start.mjs            build, then Electron or the browser build
//   node scripts/start.mjs --dry-run  print which of the two it would start, and why; start nothing
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// GT_ELECTRON_DIR: tests point this at a fake electron package.
const electronDir = process.env.GT_ELECTRON_DIR ?? join(root, 'node_modules', 'electron');
const dryRun = process.argv.includes('--dry-run');
const WEB_PORT = process.env.GT_WEB_PORT ?? '4173';
// The binary is ~100 MB; a slow line gets time, a blocked one fails long before this.
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

/** The Electron executable if it is on disk, else null (never triggers a download). */
function installedElectron() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const full = join(base, relative);
  return existsSync(full) ? full : null;
}

/** One attempt at Electron's own download; returns the reason in one line when it fails. */
function tryDownload() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  }
  if (!existsSync(join(electronDir, 'install.js'))) {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  console.log('Fetching the Electron desktop shell (first start only)…');
  const res = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (res.status === 0 && installedElectron()) return { ok: true };
  const text = `${res.stderr ?? ''}\n${res.error?.message ?? ''}`;
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|403|404/i.test(l)) ??
    (res.error ? res.error.message : `the download exited with code ${String(res.status)}`);
  return { ok: false, reason: `the download failed: ${line.slice(0, 200)}` };
}

function plan() {
  const electron = installedElectron();
  if (electron) return { mode: 'electron', electron };
  if (dryRun) {
    return {
      mode: 'browser',
      reason: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
        ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'
        : 'the Electron binary is not on disk (a real start would try to fetch it once)',
    };
  }
  const download = tryDownload();
  const again = installedElectron();
  if (download.ok && again) return { mode: 'electron', electron: again };
  return { mode: 'browser', reason: download.reason };
}

function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: false });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const chosen = plan();
if (chosen.mode === 'electron') {
  console.log(dryRun ? `start: electron (${chosen.electron})` : 'Building GreenThread…');
  if (dryRun) process.exit(0);
  run(process.execPath, [
    join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
  ]);
  const child = spawn(chosen.electron, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'GreenThread could not open its desktop window: the Electron shell is not installed',
      `(${chosen.reason}).`,
      `The same app now runs in your web browser instead: open http://127.0.0.1:${WEB_PORT}`,
      'Your data stays on this computer, in the browser profile you open it with.',
      'To get the desktop window later, run this on a network that reaches the Electron',
      'download server, then npm start again:  node node_modules/electron/install.js',
      '',
    ].join('\n'),
  );
  console.log(`start: browser (${chosen.reason})`);
  if (dryRun) process.exit(0);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  run(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
  const child = spawn(process.execPath, [vite, 'preview', '--config', 'vite.web.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GT_WEB_PORT: WEB_PORT },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
