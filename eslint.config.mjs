// ESLint (flat config): type-aware TypeScript rules, Lit template and custom-element rules for src/ and test/;
// plain JavaScript rules for the demo (browser), the scripts and the config files (Node).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // test/consumers/<framework>/ is checked by each framework's own checker against the packed package.
    ignores: ['dist/', 'site/', 'test-results/', 'bench/.out/', 'test/consumers/*/', 'bench/reference/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Same convention as tsc's noUnusedParameters: a leading underscore marks a parameter kept for its signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-private-properties': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-nothing': 'error',
      'lit/quoted-expressions': 'error',
      'lit/value-after-constraints': 'error',
      // LitElement always implements the lifecycle callbacks, so calling super unguarded is right.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'lit/prefer-static-styles': 'error',
      // Functions short and simple enough to read at once; one that needs more says why in an eslint-disable-next-line.
      complexity: ['error', 10],
      'max-lines-per-function': ['error', { max: 30, skipComments: true, skipBlankLines: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // The DOM-diff plugin types chai's plain `.equal` as returning a Promise; only `.dom.equal` is async.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: ['Equal'] }] },
      ],
      // Stand-ins mimic async browser APIs (clipboard, share): `async` is the clearest way to return a promise.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Wrong usage on purpose: each line after @ts-expect-error must fail to type-check, so its types are `any`.
    files: ['test/consumer-types.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['demo/**/*.js', 'test/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // knip reads only a .js or .ts config: it is a Node module like the .mjs scripts.
    files: ['**/*.mjs', 'knip.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts that drive a browser: the functions they pass to page.evaluate run in the page.
    files: ['test/**/*.mjs'],
    languageOptions: { globals: { document: 'readonly', customElements: 'readonly' } },
  },
);
