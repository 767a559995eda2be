#!/usr/bin/env node
// Launcher. Runs the prebuilt bundle (out/cli/greenthread.js, written by `npm install`'s prepare
// step or `npm run build:cli`) when it is newer than every source it was built from; otherwise
// the TypeScript sources through tsx, so an edited source is never run stale.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'greenthread.js');

function bundleIsFresh() {
  if (process.env.GREENTHREAD_FROM_SOURCE) return false;
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${bundle}.inputs.json`, 'utf8'));
    return inputs.every((p) => statSync(join(root, p)).mtimeMs <= built);
  } catch {
    return false; // no bundle, or a source it was built from is gone
  }
}

if (bundleIsFresh()) {
  // Node 22+ keeps the compiled bundle on disk between calls; absent on Node 20, harmless.
  module.enableCompileCache?.();
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('./main.ts');
  const { nodeIo } = await import('./nodeIo.ts');
  const { nodeBatchHost } = await import('./batchHost.ts');
  process.exitCode = await runCli(nodeIo(), nodeBatchHost());
}
