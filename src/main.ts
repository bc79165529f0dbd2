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

/**
 * Mounts once the shell pre-rendered into index.html (scripts/build/shell.ts) has been painted, so that the first
 * paint never waits for the app's start-up work even when the script arrives as fast as the stylesheet (a warm
 * cache, a local server). Not longer than 100 ms: a hidden tab paints nothing. No shell (the dev server): now.
 */
function afterShellPaint(mount: () => void): void {
  const painted = () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint')
  if (!document.querySelector('[data-testid=shell]') || painted() || typeof PerformanceObserver === 'undefined') return mount()
  let done = false
  const go = (): void => {
    if (done) return
    done = true
    observer.disconnect()
    mount()
  }
  const observer = new PerformanceObserver(() => {
    if (painted()) go()
  })
  observer.observe({ type: 'paint' })
  setTimeout(go, 100)
}

afterShellPaint(() => createApp(App).use(createPinia()).use(i18n).mount('#app'))
