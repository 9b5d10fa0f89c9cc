// Lint carries the architecture: the import table of docs/architecture.md is enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (folder, forbidden, extra = []) => ({
  files: [`src/${folder}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((f) => ({ group: [`**/${f}/*`, `**/${f}/**`], message: `${folder}/ may not import ${f}/ (docs/architecture.md)` })),
          ...extra,
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/web/vendor/**', 'coverage/**', 'src/core/wasm/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  layer('lib', ['core', 'spec', 'compile', 'data', 'pipeline', 'activation', 'server', 'cli', 'web']),
  layer('core', ['spec', 'compile', 'data', 'pipeline', 'activation', 'server', 'cli', 'web'], [
    { group: ['node:*'], message: 'core/ is pure: no node:* imports' },
  ]),
  layer('spec', ['core', 'compile', 'data', 'pipeline', 'activation', 'server', 'cli', 'web']),
  layer('compile', ['core', 'data', 'pipeline', 'activation', 'server', 'cli', 'web']),
  layer('data', ['core', 'pipeline', 'activation', 'server', 'cli', 'web']),
  layer('activation', ['core', 'compile', 'pipeline', 'server', 'cli', 'web']),
  layer('pipeline', ['server', 'cli', 'web']),
  layer('server', ['core', 'data', 'compile', 'activation', 'cli', 'web']),
  layer('cli', ['core', 'data', 'compile', 'activation', 'web']),
  layer('web', ['core', 'data', 'compile', 'pipeline', 'activation', 'server', 'cli', 'lib']),
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'randomness comes from core/random (a seeded Rng)' },
        { object: 'Date', property: 'now', message: 'core/ is deterministic: take time as input' },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'core/ is pure' }],
    },
  },
  { files: ['src/web/**/*.ts'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/cli/**/*.ts', 'scripts/**', 'bench/**', 'test/**', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
);
