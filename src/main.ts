import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, LOCALE_OF, browserLang } from './i18n/index.ts'
import { langFromLocation } from './stores/urlSync.ts'
import './styles.css'

performance.mark('app:start')
const lang = langFromLocation() ?? browserLang()
i18n.global.locale.value = LOCALE_OF[lang] as 'zh-CN' | 'en'
document.documentElement.lang = LOCALE_OF[lang]

createApp(App).use(createPinia()).use(i18n).mount('#app')
