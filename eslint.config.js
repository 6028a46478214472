// ESLint (flat config): typescript-eslint's type-checked rules, React's hooks rules and the
// import rules that keep the module graph clean. Run by `npm run lint` before the tests.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { config, configs } from 'typescript-eslint';

export default config(
  // Fixtures are pages and their scripts, written to be hostile: data, not our code.
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'bench/tmp/', 'assets/', 'tests/fixtures/'] },
  js.configs.recommended,
  configs.recommendedTypeChecked,
  reactHooks.configs.flat['recommended-latest'],
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      // Cycles among our own modules; walking packages' graphs costs most of the run and finds none of ours.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // TypeScript already checks that imported names and defaults exist.
      'import-x/namespace': 'off',
      'import-x/default': 'off',
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
      // A rest sibling is how an object is copied without some keys.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Chinese text separates a dateline with the ideographic space (U+3000); test pages hold such text.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
);
