// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importBoundaries } from './scripts/lint/import-boundaries.mjs';

/** Files allowed to import `electron` (DESIGN.md §7: the thin shell). */
const electronShell = ['main/shell/**', 'main/electron/**', 'preload/index.ts'];

/** The use cases (DESIGN.md §1): they run under plain Node, behind ports, tenant or demo alike. */
const useCases = ['kernel', 'auth', 'graph', 'users', 'tap', 'tap-policy', 'handoff', 'audit', 'config', 'net', 'log', 'follow', 'pim', 'queue', 'notice', 'customer-display'].map(
  (folder) => `main/${folder}/**/*.{ts,tsx}`,
);

const electronMessage =
  'Only the thin shell (main/shell/, main/electron/, preload/index.ts) may import electron.';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/lint/**',
      'test/fixtures/insecure-app/**',
      // Deliberately insecure: the security scan must find it, or the scan did not run.
      'test/fixtures/scan-canary/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: electronMessage }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportExpression[source.value='electron']", message: electronMessage },
        {
          selector: "CallExpression[callee.name='require'][arguments.0.value='electron']",
          message: electronMessage,
        },
      ],
    },
  },
  { files: electronShell, rules: { 'no-restricted-syntax': 'off' } },
  {
    files: electronShell,
    ignores: ['main/shell/ipc.ts', 'preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'ipcMain is used only in main/shell/ipc.ts, ipcRenderer only in preload/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/shell/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcRenderer'], message: 'Main never uses ipcRenderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'The preload never uses ipcMain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer is an untrusted page: no electron.' },
            { name: 'zod', message: 'Validation happens in main; the renderer imports types only.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/main/**', '../main/*', '../../main/*'], message: 'The renderer never imports main/.' },
            { group: ['**/preload/index', '**/preload/index.ts'], message: 'Use renderer/bridge.ts.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Nothing is stored in the renderer.' },
        { name: 'sessionStorage', message: 'Nothing is stored in the renderer.' },
        { name: 'indexedDB', message: 'Nothing is stored in the renderer.' },
      ],
    },
  },
  // Import boundaries resolved by where an import lands (scripts/lint/import-boundaries.mjs).
  { plugins: { 'tap-desk': importBoundaries } },
  {
    files: useCases,
    rules: {
      'tap-desk/use-case-imports': [
        'error',
        {
          paths: ['main/shell/**', 'main/wiring/**', 'main/electron/**', 'main/demo-tenant/**'],
          message:
            'Use cases import neither the shell, the wiring nor the demo tenant: take what you need as a port, and let main/wiring/app.ts wire it.',
        },
      ],
    },
  },
  {
    files: ['main/**/*.{ts,tsx}', 'preload/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'tap-desk/no-test-code': [
        'error',
        { paths: ['test/**'], message: 'Production never imports test/; move what both need into main/.' },
      ],
    },
  },
  {
    files: ['preload/contract.ts', 'preload/contract/**/*.ts'],
    rules: {
      'tap-desk/contract-imports': [
        'error',
        {
          packages: ['zod'],
          paths: ['preload/contract', 'preload/contract/**'],
          message: 'The contract imports only zod (and its own files): main, the preload and the renderer all load it.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/bridge.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'tapDesk', message: 'Only renderer/bridge.ts touches window.tapDesk.' },
        { object: 'globalThis', property: 'tapDesk', message: 'Only renderer/bridge.ts touches window.tapDesk.' },
        { object: 'self', property: 'tapDesk', message: 'Only renderer/bridge.ts touches window.tapDesk.' },
      ],
    },
  },
);
