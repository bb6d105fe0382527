// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** ESLint for the whole repository: JavaScript and TypeScript recommended rules, typescript-eslint, Astro components. */
export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.astro/', '.tmp/', 'node_modules/', 'content/', 'seeds/', 'public/', 'tests/e2e/golden/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused parameters named with a leading underscore are deliberate (a signature to keep).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Non-null assertions hide a missing value; narrow it, or throw an error naming what is missing (tests: must()).
    files: ['src/**', 'tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
);
