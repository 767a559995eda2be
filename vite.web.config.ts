import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

// The renderer alone, served from 127.0.0.1: the browser build used by e2e tests and locked-down PCs.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // GT_WEB_PORT lets several work trees run their e2e layers side by side.
  preview: { host: '127.0.0.1', port: Number(process.env.GT_WEB_PORT ?? 4173), strictPort: true },
});
