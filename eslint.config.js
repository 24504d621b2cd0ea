// Lint: TypeScript rules plus the layer rule: only src/main/platform and src/preload may touch
// electron or node-notifier; src/shared and src/main/engine stay pure (no Node, no DOM, no clock).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const platformOnly = [
  { name: 'electron', message: 'Only src/main/platform and src/preload may import electron.' },
  { name: 'node-notifier', message: 'Only src/main/platform may import node-notifier.' },
  { name: 'electron-store', message: 'Only src/main/platform may construct electron-store.' }
]

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'zlib', 'http', 'https', 'net', 'worker_threads']
const pureCore = [
  ...platformOnly,
  ...nodeBuiltins.flatMap((m) => [
    { name: m, message: 'The pure core must not use Node APIs; take data in and return data.' },
    { name: `node:${m}`, message: 'The pure core must not use Node APIs; take data in and return data.' }
  ]),
  { name: 'react', message: 'The pure core must not depend on React.' }
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: platformOnly }]
    }
  },
  {
    files: ['src/main/platform/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    // The tray-host check is plain Node (child processes), so it runs and is tested without Electron.
    files: ['src/main/platform/tray-host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'tray-host asks D-Bus with child processes only; no electron.' }] }
      ]
    }
  },
  {
    // The desktop-signal probes are plain Node (child processes, /proc), tested for real without Electron.
    files: ['src/main/platform/signals/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Desktop-signal probes use child processes and files only; no electron.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/shared/**', 'src/main/engine/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: pureCore }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The pure core has no DOM.' },
        { name: 'document', message: 'The pure core has no DOM.' },
        { name: 'setTimeout', message: 'The engine owns no timers: return when to wake instead.' },
        { name: 'setInterval', message: 'The engine owns no timers: return when to wake instead.' },
        { name: 'process', message: 'The pure core must not read the process environment.' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The pure core never reads the real clock: take the time as an argument.'
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The pure core never reads the real clock: take the time as an argument.'
        },
        {
          selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
          message: 'The pure core never reads the real clock: take the time as an argument.'
        }
      ]
    }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' }
  }
)
