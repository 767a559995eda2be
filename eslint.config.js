// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformImports = [
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'shared/ is pure: no React.',
  },
  { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: no Dexie.' },
  {
    group: ['exceljs'],
    message: 'shared/ is pure: no exceljs (the reader and writer live in adapters/excel).',
  },
  { group: ['recharts'], message: 'shared/ is pure: no recharts.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
    message: 'shared/ is pure: no Node built-ins.',
  },
  {
    group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
    message: 'shared/ may not import app layers.',
  },
];

// adapters/ wrap third-party libraries (exceljs) for both the renderer and the CLI, so they may
// import those libraries and shared/, but no app layer and nothing tied to one runtime.
const adapterImports = [
  ...platformImports.filter((p) => !p.group.includes('exceljs') && !p.group.includes('node:*')),
  { group: ['node:*'], message: 'adapters/ run in the browser too: no Node built-ins.' },
].map((p) => ({
  ...p,
  message: p.message.replace('shared/ is pure', 'adapters/ serve every layer'),
}));

// The command line runs without a renderer: it reaches workbooks through adapters/excel.
const cliImports = [
  { group: ['**/renderer/**', '**/electron/**'], message: 'cli/ may not import app layers.' },
  { group: ['react', 'react-dom', 'dexie', 'dexie-*', 'electron'], message: 'cli/ has no UI.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      '**/out/**',
      'release/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      '.artifacts/**',
      'bench/results/**',
      'cli/greenthread.mjs',
      'cli/batchWorker.mjs',
      'eslint.config.js',
      'build/**/*.mjs',
      'scripts/*.mjs',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: platformImports }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ is pure: no DOM.' },
        { name: 'document', message: 'shared/ is pure: no DOM.' },
        { name: 'localStorage', message: 'shared/ is pure: no DOM.' },
        { name: 'indexedDB', message: 'shared/ is pure: no DOM.' },
      ],
    },
  },
  {
    files: ['adapters/excel/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: adapterImports }] },
  },
  {
    // Node-only adapters (file reading) for the CLI and the Electron main process.
    files: ['adapters/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: adapterImports.filter((p) => !p.group.includes('node:*')) },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: cliImports }] },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
