import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * One linter. Beyond the recommended sets, it keeps the houses in order: detection and provider data
 * stay free of extension APIs and of other contexts, and no HTML sink enters the code.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', '.tmp/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks: render text.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: use textContent.' },
      ],
    },
  },
  {
    files: ['src/detect/**', 'src/providers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/shared/browser*', 'webextension-polyfill', '**/content/**', '**/background/**', '**/ui/**'] },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['src/background/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/content/**', '**/ui/**'] }] },
  },
  {
    // content.js runs in every frame: the scanner and the detection catalog only. The polyfill, the
    // full catalog, the responder and the UI load with the responder, in frames that found something.
    files: ['src/content/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/background/**', '**/ui/**', 'preact', 'preact/*', 'webextension-polyfill', '**/shared/browser*', '**/shared/messaging*', '**/providers/catalog/**', '**/responder/**', '**/detect/index*'], allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/responder/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/background/**'] }] },
  },
);
