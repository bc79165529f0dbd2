/** The picks with their key figures in the UI's language and units (poster and printed proposal, issue 22). */
import { useI18n } from 'vue-i18n'
import { posterPicks, type PosterPick, type PosterWords } from '../domain/export/poster.ts'
import { useDataStore } from '../stores/data.ts'
import { useExploreStore } from '../stores/explore.ts'
import { useLang } from './useLang.ts'
import { formatArea, formatNumber } from '../components/format.ts'

export function usePickFacts(): (max?: number) => PosterPick[] {
  const { t, locale } = useI18n()
  const lang = useLang()
  const data = useDataStore()
  const explore = useExploreStore()
  return (max) => {
    const ds = data.dataset
    if (!ds) return []
    const loc = locale.value
    const words: PosterWords = {
      area: (r) => formatArea(r, 'm2', t, loc),
      rent: (n) => `${formatNumber(n, loc, 2)} ${t('units.rentUnit')}`,
      sale: (n) => `${formatNumber(n, loc)} ${t('units.saleUnit')}`,
      land: (n) => `${formatNumber(n, loc)} ${t('units.landUnit')}`,
      minutes: (place, m) => t('poster.minutes', { place, m }),
      pin: t('poster.pin'),
      sample: t('poster.sample'),
    }
    // max undefined: posterPicks' own default (the poster's 3).
    return posterPicks(ds, explore.state, explore.pinMinutes?.listings ?? null, lang.value, words, max)
  }
}
