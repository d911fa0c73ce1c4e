import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/migrations/**', '**/generated/**', '**/__generated__/**', '**/*.js', '**/*.mjs', '**/*.cjs', '.nx/**', 'bench/results/**'],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Architecture, enforced: services and apps depend on packages/, never on each other; apps never on services.
    files: ['**/src/**/*.ts', '**/src/**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:package'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:package'] },
            { sourceTag: 'type:package', onlyDependOnLibsWithTags: ['type:package'] },
            { sourceTag: 'type:gateway', onlyDependOnLibsWithTags: ['type:package'] },
            { sourceTag: 'type:test-kit', onlyDependOnLibsWithTags: ['type:package', 'type:gateway'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:package', 'type:gateway'] },
          ],
        },
      ],
    },
  },
);
