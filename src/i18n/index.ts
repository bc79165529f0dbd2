import { createI18n } from 'vue-i18n'
import en from './en.ts'
import zh from './zh-CN.ts'
import type { Lang } from '../domain/state.ts'

export const LOCALE_OF: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

/** The browser's language when the link does not say: Chinese for any zh-*, else English. */
export function browserLang(languages: readonly string[] = navigator.languages ?? [navigator.language]): Lang {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'en',
  messages: { 'zh-CN': zh, en },
})
