// The machine side of batch mode: folders listed from disk, and each file's command run in a
// worker thread (one per core), so a thousand workbooks share one process start.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchHost, RunResult } from './batch';

// From the sources the worker registers tsx itself (batchWorker.mjs); in the prebuilt bundle the
// worker entry is out/cli/batch-worker.js, beside this code or one folder up from a chunk.
function workerUrl(): URL {
  if (import.meta.url.endsWith('.ts')) return new URL('./batchWorker.mjs', import.meta.url);
  const here = new URL('./batch-worker.js', import.meta.url);
  return existsSync(here) ? here : new URL('../batch-worker.js', import.meta.url);
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Office lock files (~$name.xlsx) and hidden files are never inputs. */
const skipped = (name: string) => name.startsWith('~$') || name.startsWith('.');

async function expand(paths: readonly string[], extensions: readonly string[]) {
  const wanted = (p: string) => extensions.includes(extname(p).toLowerCase());
  const found: string[] = [];
  for (const p of paths) {
    if (!(await isDir(p))) {
      found.push(p); // a missing or odd file is reported by its own command, not dropped
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true });
    const inDir = entries
      .filter((e) => e.isFile() && !skipped(e.name) && wanted(e.name))
      .map((e) => join(e.parentPath, e.name));
    found.push(...inDir.sort());
  }
  return found;
}

/**
 * A verify makes many short-lived objects (exceljs's model of every cell, the parsed machine
 * rows); with V8's default young generation a batch worker spent about a fifth of its profiled
 * time collecting garbage. A larger one (96 MB, two workers) lets more of it die young.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

interface Pending {
  resolve: (r: RunResult) => void;
  reject: (e: Error) => void;
}

export function nodeBatchHost(): BatchHost {
  const cores = availableParallelism();
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const pending = new Map<Worker, Pending>();

  const spawn = (): Worker => {
    const w = new Worker(workerUrl(), { resourceLimits: WORKER_LIMITS });
    w.on('message', (r: RunResult) => {
      const p = pending.get(w);
      pending.delete(w);
      release(w);
      p?.resolve(r);
    });
    w.on('error', (e) => {
      const p = pending.get(w);
      pending.delete(w);
      p?.reject(e);
    });
    all.push(w);
    return w;
  };
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    if (w) return Promise.resolve(w);
    if (all.length < cores) return Promise.resolve(spawn());
    return new Promise((resolve) => waiting.push(resolve));
  };

  return {
    cores,
    now: () => performance.now(),
    isDirectory: isDir,
    expand,
    run: async (argv) => {
      const w = await acquire();
      return new Promise<RunResult>((resolve, reject) => {
        pending.set(w, { resolve, reject });
        w.postMessage([...argv]);
      });
    },
    close: async () => {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
