import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };
import { createLocalProxy } from './adapters/node/bankServer/localProxy';

// The page keeps connect-src 'self': its bank-server requests go to this local server, which
// forwards them to the one bank server given at start (GT_BANK_SERVER), as Electron main does.
function bankServerProxy(): Plugin {
  const proxy = createLocalProxy({
    bankServer: process.env.GT_BANK_SERVER,
    fetch: (url, init) => fetch(url, init),
    log: (line) => console.log(`[bank server] ${line}`),
  });
  return {
    name: 'greenthread-bank-server-proxy',
    configureServer: (server) => void server.middlewares.use('/bank-server', proxy),
    configurePreviewServer: (server) => void server.middlewares.use('/bank-server', proxy),
  };
}

// The renderer alone, served from 127.0.0.1: the browser build used by e2e tests and locked-down PCs.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), bankServerProxy()],
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
