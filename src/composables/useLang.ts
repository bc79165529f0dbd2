/**
 * The data's language for the UI's locale. Data texts come in zh and en (DESIGN.md); the UI's locales are zh-CN and
 * en (src/i18n), and every locale but English reads the Chinese text.
 */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Lang } from '../domain/state.ts'

export function useLang(): ComputedRef<Lang> {
  const { locale } = useI18n()
  return computed(() => (locale.value === 'en' ? 'en' : 'zh'))
}
