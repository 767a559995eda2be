import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // Generous per-test limits: a 2-core CI machine under load is slow; no test measures time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/node/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          // The bank server against a real PostgreSQL (GT_TEST_DATABASE_URL; .ci/run starts one).
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
    ],
  },
});
