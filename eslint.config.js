import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'


/**
 * Boundaries (DESIGN.md "Architecture"): what must never import what. Each folder's rule lists the module patterns
 * it may not reach; scripts/lint.test.ts shows each rule failing on a forbidden import.
 */
const VUE = ['vue', 'vue-i18n', 'pinia', '@vue/*', '@vueuse/*']
const MAPLIBRE = ['maplibre-gl', 'maplibre-gl/*']
const restrict = (groups) => ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }]
const boundaries = [
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        [[...VUE, ...MAPLIBRE], 'src/domain is pure TypeScript: no Vue, Pinia or MapLibre'],
        [['**/stores/*', '**/components/*', '**/workers/*', '**/map/*', '**/composables/*', '**/*.vue'], 'src/domain imports only src/domain (the app, workers and CLI import it)'],
        [['node:*', 'fs', 'path', 'child_process'], 'src/domain runs in the browser and workers: no Node modules'],
      ]),
      'no-restricted-globals': ['error', ...['window', 'document', 'location', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({ name, message: 'src/domain knows no DOM' }))],
    },
  },
  // src/map: its own block below (map ↛ stores, components).
  {
    files: ['src/workers/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([[[...VUE, ...MAPLIBRE, '**/map/*', '**/stores/*', '**/components/*', '**/composables/*'], 'workers import only src/domain and their own protocol']]) },
  },
  {
    files: ['src/components/**', 'src/stores/**', 'src/composables/**', 'src/App.vue', 'src/main.ts'],
    rules: { 'no-restricted-imports': restrict([[MAPLIBRE, 'only src/map imports maplibre-gl']]) },
  },
  {
    files: ['scripts/**/*.ts'],
    ignores: ['scripts/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict([[[...VUE, ...MAPLIBRE, '**/src/map/*', '**/src/components/*', '**/src/stores/*', '**/src/composables/*'], 'scripts (the CLI, the data build) use src/domain only']]) },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/**/*.test.ts', 'src/i18n/**'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
]

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
  ...boundaries,
)
