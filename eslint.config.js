import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'synth/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/no-v-html': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // src/map owns the MapLibre instance and is driven by the app: it never reaches into the stores or the components
  // (issue 13, "The map is driven"). Its own block, so that other folders' rules can sit beside it.
  {
    files: ['src/map/**/*.ts', 'src/map/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/stores', '**/stores/*'], message: 'src/map imports no store: the app passes values in through MapController setters.' },
            { group: ['**/components', '**/components/*'], message: 'src/map imports no component: components use src/map, not the other way round.' },
          ],
        },
      ],
    },
  },
)
