/** A hub's name in the UI's language; `pin` is the custom pin's label; an id the data does not know stays as it is. */
import { useI18n } from 'vue-i18n'
import { useDataStore } from '../stores/data.ts'
import { useLang } from './useLang.ts'

export function useHubName(): (id: string) => string {
  const { t } = useI18n()
  const data = useDataStore()
  const lang = useLang()
  return (id) => (id === 'pin' ? t('pin.label') : (data.dataset?.hubs.find((h) => h.id === id)?.name[lang.value] ?? id))
}
