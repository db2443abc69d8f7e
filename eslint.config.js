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
);
