import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  // externalizeDeps: false — the libraries are `dependencies` (so audit tools see what ships) yet
  // bundled here, because electron-builder does not copy node_modules (electron-builder.yml).
  main: {
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/main.ts') },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload.ts') },
      // A sandboxed preload must be CommonJS; "type": "module" would otherwise emit ESM.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      minify: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
    plugins: [react()],
  },
});
