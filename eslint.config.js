import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['test/bench/*.cjs', 'action/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'src/**/*.types.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Functions stay small enough to read at once. Tests are exempt: a describe block is long by nature.
    files: ['src/**/*.ts'],
    rules: {
      complexity: ['error', 20],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
