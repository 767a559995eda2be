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

// The renderer runs in a sandboxed browser page: no Node built-ins or globals (its tsconfig gives it
// no Node types, but libraries' typings pull them in, so lint holds the line).
const sandboxMessage =
  'The renderer is a sandboxed page: no Node or Electron modules (use the preload bridge).';
const rendererImports = [{ group: ['node:*', 'electron/*'], message: sandboxMessage }];
// Exact names, not patterns: a pattern 'crypto' would also match shared/crypto/.
const rendererPaths = ['fs', 'path', 'os', 'crypto', 'child_process', 'electron'].map((name) => ({
  name,
  message: sandboxMessage,
}));

// Screens read and write through db/hooks and db/repositories, never through Dexie itself.
const featureImports = [
  ...rendererImports,
  {
    group: ['dexie', 'dexie-*'],
    message: 'Features reach the database through db/hooks and db/repositories, not Dexie.',
  },
  {
    group: ['**/db/db'],
    allowTypeImports: true,
    message:
      'Features reach the database through db/hooks and db/repositories, not the Dexie instance.',
  },
];

const rendererGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map(
  (name) => ({ name, message: 'The renderer is a sandboxed page: no Node globals.' }),
);

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
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/features/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererImports }],
      'no-restricted-globals': ['error', ...rendererGlobals],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSQualifiedName[left.name='NodeJS']",
          message:
            'The renderer has no Node types: use ReturnType<typeof setTimeout> and the like.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: featureImports }],
      'no-restricted-globals': ['error', ...rendererGlobals],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSQualifiedName[left.name='NodeJS']",
          message:
            'The renderer has no Node types: use ReturnType<typeof setTimeout> and the like.',
        },
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
